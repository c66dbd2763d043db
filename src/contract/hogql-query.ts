import { z } from 'zod';

/**
 * PostHog's query API (`posthog/api/query.py`, `QueryViewSet`, scope `query:read` for every action): `POST
 * /api/projects/:id/query/` (also routed under `/api/environments/:id/`). Only the HogQL kind is used here.
 */
export const hogqlQueryRequestSchema = z.object({
  query: z.object({
    kind: z.string({ error: 'This field is required.' }),
    query: z.string({ error: 'This field is required.' }),
  }),
  name: z.string().optional(),
});

/**
 * `HogQLQueryResponse` (`posthog/schema.py`): rows are positional arrays in `columns` order; `types` pairs each
 * column with its ClickHouse type. A property holding an array comes back as its JSON text.
 */
export const hogqlQueryResponseSchema = z.looseObject({
  results: z.array(z.unknown()),
  columns: z.array(z.string()),
  types: z.array(z.unknown()).nullish(),
  hasMore: z.boolean().nullish(),
  limit: z.number().int().nullish(),
  offset: z.number().int().nullish(),
});
export type HogQLQueryResponse = z.infer<typeof hogqlQueryResponseSchema>;

/**
 * An async query (202) and its poll (`GET /api/projects/:id/query/:query_id/`): 202 while running, 200 once
 * `complete` with the query's whole response in `results`, 400 with `error_message` when it failed.
 */
export const queryStatusResponseSchema = z.object({
  query_status: z.looseObject({
    id: z.string(),
    complete: z.boolean().nullish(),
    error: z.boolean().nullish(),
    error_message: z.string().nullish(),
    results: z.unknown().optional(),
  }),
});
