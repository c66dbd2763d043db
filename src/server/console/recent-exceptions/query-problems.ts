import { apiErrorSchema } from '../../../contract/errors';
import { queryStatusResponseSchema } from '../../../contract/hogql-query';
import { missingQueryScopeCode } from '../../../contract/recent-exceptions';
import { ApiError, problems } from '../../http/api-error';
import type { QueryAnswer } from './query-transport';

const consoleError = (status: number, type: string, code: string, detail: string) =>
  new ApiError(status, { type, code, detail, attr: null });

export const queryProblems = {
  missingScope: () =>
    consoleError(
      403,
      'authentication_error',
      missingQueryScopeCode,
      "The PostHog personal API key lacks the query:read scope, so recent exceptions cannot be fetched. Add the scope to the key, or paste an event's JSON instead.",
    ),
  failed: (detail: string) =>
    consoleError(502, 'server_error', 'query_failed', `PostHog could not run the exception query: ${detail}`),
  timedOut: (seconds: number) =>
    consoleError(
      504,
      'server_error',
      'query_timeout',
      `PostHog was still running the exception query after ${seconds} s: try fewer days or a lower limit.`,
    ),
  unreadable: (why: string) =>
    problems.badGateway(`PostHog's answer to the exception query could not be read: ${why}.`),
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A failed poll says why in `query_status.error_message`; everything else in the contract's error body. */
function detailOf(body: unknown): { detail: string | null; error: ReturnType<typeof apiErrorSchema.safeParse> } {
  const error = apiErrorSchema.safeParse(body);
  if (error.success) return { detail: error.data.detail, error };
  const poll = queryStatusResponseSchema.safeParse(body);
  return { detail: poll.success ? (poll.data.query_status.error_message ?? null) : null, error };
}

/** What the console answers for PostHog's (or the local server's) refusal of its query. */
export function upstreamQueryProblem(answer: QueryAnswer): ApiError {
  const { status } = answer;
  const { detail, error } = detailOf(parseJson(answer.text));
  if (status === 403 && detail?.includes('query:read')) return queryProblems.missingScope();
  if (status === 429) {
    const retryAfter = answer.retryAfter ?? /(\d+) seconds?/.exec(detail ?? '')?.[1] ?? '60';
    const body = error.success ? error.data : null;
    return body ? new ApiError(429, body, { 'Retry-After': retryAfter }) : problems.throttled(Number(retryAfter));
  }
  // The browser sent nothing wrong: the console built this query, so PostHog refusing it is PostHog's answer.
  if (status === 400) return queryProblems.failed(detail ?? 'it answered 400 without details.');
  if (status >= 300 && status < 400) {
    return problems.badGateway(`PostHog answered with a redirect (${status}); check POSTHOG_HOST.`);
  }
  if (status >= 400 && status < 500) {
    return error.success
      ? new ApiError(status, error.data)
      : queryProblems.unreadable(`it was ${status} without details`);
  }
  return problems.badGateway(`PostHog answered ${status} to the exception query.`);
}
