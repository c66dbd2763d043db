import { z } from 'zod';

export const uuidSchema = z.uuid({ error: 'Must be a valid UUID.' });

export const timestampSchema = z.string();

/** Unlike `z.coerce.number`, a missing value stays missing, and `true`, `null` or `''` are not turned into numbers. */
export function integerInput<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
    schema,
  );
}

export const paginationParamsSchema = z.object({
  limit: z.coerce.number({ error: 'A valid integer is required.' }).int().min(1).max(1000).default(100),
  offset: z.coerce.number({ error: 'A valid integer is required.' }).int().min(0).default(0),
});
export type PaginationParams = z.infer<typeof paginationParamsSchema>;

export function paginatedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    count: z.number().int(),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
}
export type Paginated<T> = { count: number; next: string | null; previous: string | null; results: T[] };
