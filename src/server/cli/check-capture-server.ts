import type { TokenOwner } from './send-exception-target';

const timeoutMs = 5000;

/** "connect ECONNREFUSED 127.0.0.1:8010": undici hides it in `cause` (an AggregateError without a message for localhost). */
function fetchFailure(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string' && !cause.message) return cause.code;
  if (err instanceof DOMException && err.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  return cause instanceof Error ? cause.message : String(cause);
}

function hasToken(body: unknown, token: string): boolean {
  return typeof body === 'object' && body !== null && 'token' in body && body.token === token;
}

/**
 * posthog-node never throws when nothing receives its events, so the server is asked first: the remote config SDKs
 * load (`/array/:token/config`, PostHog's JSON, which names the token) answers only where that token is ingested.
 * Null when it is; otherwise what is wrong, in words.
 */
export async function checkCaptureServer(origin: string, owner: TokenOwner, dataDir: string): Promise<string | null> {
  const url = `${origin}/array/${encodeURIComponent(owner.token)}/config`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    return (
      `Nothing answers at ${origin} (${fetchFailure(err)}). Start the server with npm start (same DATA_DIR, PORT and HOST), ` +
      'or pass --host with its address.'
    );
  }
  const json = (response.headers.get('content-type') ?? '').includes('application/json');
  const body: unknown = json ? await response.json().catch(() => null) : null;
  if (response.ok && hasToken(body, owner.token)) return null;
  if (response.status === 404 && json) {
    return (
      `The server at ${origin} does not know environment ${owner.id}'s token: it uses another data directory than ` +
      `${dataDir}. Set DATA_DIR to the one it uses, or pass --host with the address of the server that uses this one.`
    );
  }
  return (
    `The server at ${origin} does not take exceptions (GET ${url} answered ${response.status}): it may be connected ` +
    'to PostHog (which ingests them itself), older than exception ingestion, or not a Triage Console server.'
  );
}
