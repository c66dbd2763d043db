import { ApiError, describeError } from '../../../../lib/api-error';

const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

export type SearchProblem = { text: string; isError: boolean };

/**
 * A failed ticket search in plain words. Older PostHog requires a non-blank `search` (400 on `search` for the first,
 * empty query: simply "type") and puts no scope on the action, so every personal API key gets 403 there.
 */
export function describeSearchProblem(error: unknown, typed: string): SearchProblem {
  if (error instanceof ApiError && error.status === 400 && error.attr === 'search' && typed.trim() === '') {
    return { text: 'Type to search tickets.', isError: false };
  }
  if (
    error instanceof ApiError &&
    error.status === 403 &&
    /does not support Personal API Key access/i.test(error.detail)
  ) {
    return {
      text: 'This PostHog version does not let API keys search tickets. Type the ticket’s id or URL below instead.',
      isError: true,
    };
  }
  return {
    text: `Tickets could not be searched: ${sentence(describeError(error))} You can still type the ticket below.`,
    isError: true,
  };
}
