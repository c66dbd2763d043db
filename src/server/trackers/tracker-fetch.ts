import { z } from 'zod';
import { trackerMessage, trackerProblems } from './tracker-problems';
import type { TrackerConnection } from './tracker-connection';

const defaultTimeoutMs = 10_000;

export function trackerTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.TRACKER_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : defaultTimeoutMs;
}

export type TrackerRequest<S extends z.ZodType> = {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  notFound: string;
  answer: S;
  credentialsRefusal?: (body: unknown) => string | null;
};

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
};

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return networkReasons[code] ?? (code || 'network error');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every failure becomes the contract's error: never a 500, never the token. */
export async function trackerFetch<S extends z.ZodType>(
  conn: TrackerConnection,
  request: TrackerRequest<S>,
): Promise<z.output<S>> {
  const timeoutMs = trackerTimeoutMs();
  const headers: Record<string, string> = { 'User-Agent': 'triage-console', ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  let status: number;
  let text: string;
  try {
    const response = await fetch(`${conn.baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      // A redirect could carry the token's header to another host: refuse it instead of following.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    text = await response.text();
  } catch (err) {
    if ((err as Error).name === 'TimeoutError') throw trackerProblems.timeout(conn, timeoutMs);
    throw trackerProblems.unavailable(conn, networkReason(err));
  }
  const body = parseJson(text);
  if (status === 401 || status === 403) throw trackerProblems.credentials(conn, String(status));
  const refusal = request.credentialsRefusal?.(body);
  if (refusal) throw trackerProblems.credentials(conn, refusal);
  if (status === 404) throw trackerProblems.notFound(conn, request.notFound);
  if (status >= 500) throw trackerProblems.unavailable(conn, String(status));
  if (status >= 300 && status < 400) {
    throw trackerProblems.unexpected(conn, `with a redirect (${status}); check the integration's API base URL`);
  }
  if (status >= 400) throw trackerProblems.refused(conn, trackerMessage(body, text, conn.token), status);
  const parsed = request.answer.safeParse(body);
  if (!parsed.success) throw trackerProblems.unexpected(conn, 'in an unexpected shape');
  return parsed.data;
}

export const lenientArray = <S extends z.ZodType>(item: S) =>
  z.array(z.unknown()).transform((entries) =>
    entries.flatMap((entry) => {
      const parsed = item.safeParse(entry);
      return parsed.success ? [parsed.data as z.output<S>] : [];
    }),
  );
