import type { Context } from 'hono';
import { paginationParamsSchema, type Paginated, type PaginationParams } from '../../contract/common';
import { readQuery } from './body';

export function readPagination(c: Context): PaginationParams {
  return readQuery(c, paginationParamsSchema);
}

function pageUrl(c: Context, limit: number, offset: number): string {
  const url = new URL(c.req.url);
  url.searchParams.set('limit', String(limit));
  if (offset > 0) url.searchParams.set('offset', String(offset));
  else url.searchParams.delete('offset');
  return url.toString();
}

export function paginated<T>(
  c: Context,
  { limit, offset }: PaginationParams,
  count: number,
  results: T[],
): Paginated<T> {
  return {
    count,
    next: offset + limit < count ? pageUrl(c, limit, offset + limit) : null,
    previous: offset > 0 ? pageUrl(c, limit, Math.max(0, offset - limit)) : null,
    results,
  };
}
