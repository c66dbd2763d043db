import { PostHog } from 'posthog-node';
import type { SendExceptionArgs } from './send-exception-args';

type ExceptionToSend = Pick<SendExceptionArgs, 'type' | 'message' | 'url' | 'distinctId' | 'fingerprint' | 'count'>;

export type SendOutcome = { sent: number; failures: string[] };

const shutdownTimeoutMs = 15_000;

/** posthog-node's HTTP error carries the answer; its text says what the server refused. */
async function describeSendError(err: unknown): Promise<string> {
  if (!(err instanceof Error)) return String(err);
  const status = 'status' in err && typeof err.status === 'number' ? err.status : null;
  if (status === null) return err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message;
  const body: unknown = 'text' in err ? await Promise.resolve(err.text).catch(() => '') : '';
  const text = typeof body === 'string' ? body.trim().slice(0, 300) : '';
  return `the server answered ${status}${text ? `: ${text}` : ''}`;
}

/** An Error of its own each time: posthog-node sends one Error object only once. */
function exceptionOf({ type, message }: ExceptionToSend): Error {
  const error = new Error(message);
  error.name = type;
  return error;
}

/**
 * Sends through posthog-node as an app does: `captureException`, then `flush()` (which waits for the exceptions to be
 * queued) and `shutdown()`. It reports a refused batch as an 'error' event; those and its 'flush' events are counted.
 */
export async function sendWithPostHogNode(
  target: { origin: string; token: string },
  exception: ExceptionToSend,
): Promise<SendOutcome> {
  const client = new PostHog(target.token, {
    host: target.origin,
    // Only the explicit flush sends: a flush of its own would report a failure on the console, not here.
    flushAt: exception.count + 1,
    flushInterval: 0,
    fetchRetryCount: 0,
  });
  const errors: unknown[] = [];
  let sent = 0;
  client.on('error', (err: unknown) => errors.push(err));
  client.on('flush', (messages: unknown) => {
    if (Array.isArray(messages)) sent += messages.length;
  });
  const properties: Record<string, string> = {};
  if (exception.url !== null) properties.$current_url = exception.url;
  if (exception.fingerprint !== null) properties.$exception_fingerprint = exception.fingerprint;
  for (let index = 0; index < exception.count; index++) {
    client.captureException(exceptionOf(exception), exception.distinctId, properties);
  }
  try {
    await client.flush();
    await client.shutdown(shutdownTimeoutMs);
  } catch {
    // Already an 'error' event. No shutdown: it would send what failed again and print posthog-node's own report.
  }
  return { sent, failures: await Promise.all(errors.map(describeSendError)) };
}
