export type QueryRequest = { method: 'GET' | 'POST' | 'DELETE'; path: string; body?: unknown };
export type QueryAnswer = { status: number; text: string; retryAfter: string | null };

/** How the console reaches a PostHog query API: the real one (connected mode) or the local server's (local mode). */
export type QueryTransport = (request: QueryRequest) => Promise<QueryAnswer>;

export const jsonHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' };
