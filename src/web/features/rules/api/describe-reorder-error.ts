import { ApiError, describeError } from '../../../lib/api-error';

/** PostHog's detail when a view action is in none of its scope lists. */
const keyRefused = 'does not support Personal API Key access';

export const reorderNeedsNewerPostHog =
  'This PostHog refuses reordering for every personal API key: reordering needs a newer PostHog, one that gives ' +
  'reorder the error_tracking:write scope. Until it is upgraded, reorder rules in PostHog itself.';

/**
 * Why a reorder failed, in words. PostHog versions before reorder was given a scope answer 403 "This action does not
 * support Personal API Key access" for every key, `*` included; no scope on the key would fix that.
 */
export function describeReorderError(error: unknown): string {
  if (error instanceof ApiError && error.status === 403 && error.detail.includes(keyRefused)) {
    return reorderNeedsNewerPostHog;
  }
  return describeError(error);
}
