import type { Context } from 'hono';
import { problems } from './api-error';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

export function uuidParam(c: Context, name = 'id', notFoundDetail?: string): string {
  const value = c.req.param(name) ?? '';
  if (!isUuid(value)) throw problems.notFound(notFoundDetail);
  return value.toLowerCase();
}

export function intParam(c: Context, name: string): number {
  const value = c.req.param(name) ?? '';
  if (!/^\d{1,15}$/.test(value)) throw problems.notFound();
  return Number(value);
}
