import { z } from 'zod';

export const uuidSchema = z.uuid({ error: 'Must be a valid UUID.' });

/** Timestamps travel as ISO 8601 strings. */
export const timestampSchema = z.string();

/**
 * A number that may arrive as a digit string (query strings, form fields). Unlike `z.coerce.number`, a missing
 * value stays missing (answered as "This field is required.") and `true`, `null` or `''` are not turned into numbers.
 */
export function integerInput<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
    schema,
  );
}

/** The request shape of a list call: LimitOffset pagination, default limit 100. */
export const paginationParamsSchema = z.object({
  limit: z.coerce.number({ error: 'A valid integer is required.' }).int().min(1).max(1000).default(100),
  offset: z.coerce.number({ error: 'A valid integer is required.' }).int().min(0).default(0),
});
export type PaginationParams = z.infer<typeof paginationParamsSchema>;

/** A DRF LimitOffset page: absolute `next` / `previous` URLs or null. */
export function paginatedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    count: z.number().int(),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
}
export type Paginated<T> = { count: number; next: string | null; previous: string | null; results: T[] };
