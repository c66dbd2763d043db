import type { z } from 'zod';
import { paginatedSchema } from '../../contract/common';
import { api } from './api-client';
import { withQuery } from './api-paths';

/** A runaway `next` chain stops here (100 000 items at the default page size). */
const maxPages = 1000;

/**
 * Every item of a paginated list, following `next`. Only next's query (limit/offset) is kept: PostHog writes the
 * organization's real id and its own host there, while the app must stay on its same-origin `@current` path.
 */
export async function fetchAllPages<S extends z.ZodType>(
  path: string,
  item: S,
  { signal, limit = 100 }: { signal?: AbortSignal; limit?: number } = {},
): Promise<z.output<S>[]> {
  const pageSchema = paginatedSchema(item);
  const results: z.output<S>[] = [];
  const seen = new Set<string>();
  let url: string | null = withQuery(path, { limit });
  while (url !== null && !seen.has(url) && seen.size < maxPages) {
    seen.add(url);
    const page: z.output<typeof pageSchema> = await api.get(url, pageSchema, { signal });
    results.push(...page.results);
    url = page.next === null ? null : path + new URL(page.next, 'http://localhost').search;
  }
  return results;
}
