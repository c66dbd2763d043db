import type { z } from 'zod';
import { paginatedSchema } from '../../contract/common';
import { api } from './api-client';
import { withQuery } from './api-paths';

/** A runaway `next` chain stops here (100 000 items at the default page size). */
const maxPages = 1000;

type Page<T> = { next?: string | null; results: T[] };

/**
 * Only next's query is kept: PostHog writes its own host (and, for organizations, the real id) there, while the app
 * must stay on its same-origin path. A `next` already visited ends the chain.
 */
export async function fetchPages<T>(
  path: string,
  pageSchema: z.ZodType<Page<T>>,
  { signal, limit = 100 }: { signal?: AbortSignal; limit?: number } = {},
): Promise<T[]> {
  const results: T[] = [];
  const seen = new Set<string>();
  let url: string | null = withQuery(path, { limit });
  while (url !== null && !seen.has(url) && seen.size < maxPages) {
    seen.add(url);
    const page: Page<T> = await api.get(url, pageSchema, { signal });
    results.push(...page.results);
    url = page.next ? path + new URL(page.next, 'http://localhost').search : null;
  }
  return results;
}

export function fetchAllPages<S extends z.ZodType>(
  path: string,
  item: S,
  options?: { signal?: AbortSignal; limit?: number },
): Promise<z.output<S>[]> {
  return fetchPages(path, paginatedSchema(item) as z.ZodType<Page<z.output<S>>>, options);
}
