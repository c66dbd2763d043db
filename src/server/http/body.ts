import type { Context } from 'hono';
import type { z } from 'zod';
import { problems } from './api-error';
import { discardRestOfBody } from './discard-rest-of-body';
import { exceedsJsonDepth, maxJsonDepth } from './json-depth';
import { parseOrThrow } from './validation';

export const maxBodyBytes = 1024 * 1024;

function isJsonContentType(contentType: string): boolean {
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** The body went past the limit: the rest is being discarded (see discardRestOfBody) until `discarded` settles. */
export class BodyTooLargeError extends Error {
  constructor(readonly discarded: Promise<void>) {
    super('Request body too large.');
  }
}

/** Counts bytes as they stream, so a lying Content-Length cannot get past. */
export async function readLimitedBytes(request: Request, limit: number): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw new BodyTooLargeError(discardRestOfBody(reader));
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) throw new BodyTooLargeError(discardRestOfBody(reader));
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readLimitedText(request: Request): Promise<string> {
  try {
    return (await readLimitedBytes(request, maxBodyBytes)).toString('utf8');
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw problems.tooLarge(err.discarded);
    throw err;
  }
}

/** As DRF's JSONParser reads it: an empty body is `{}`, a non-JSON content type 415. */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const text = await readLimitedText(c.req.raw);
  if (text.trim() === '') return {};
  const contentType = c.req.header('content-type') ?? '';
  if (!isJsonContentType(contentType)) throw problems.unsupportedMediaType(contentType.split(';')[0]!.trim());
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw problems.parseError(`JSON parse error - ${(err as Error).message}`);
  }
  if (exceedsJsonDepth(value))
    throw problems.parseError(`JSON parse error - nested deeper than ${maxJsonDepth} levels.`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
    throw problems.validation(`Invalid data. Expected a dictionary, but got ${got}.`, null);
  }
  return value as Record<string, unknown>;
}

export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  return parseOrThrow(schema, await readJsonObject(c));
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseOrThrow(schema, c.req.query());
}
