import { describeError, refusesPersonalKeys } from '../../lib/api-error';

export const reorderNeedsNewerPostHog =
  'This PostHog refuses reordering for every personal API key: reordering needs a newer PostHog, one that gives ' +
  'reorder the error_tracking:write scope. Until it is upgraded, reorder rules in PostHog itself.';

/**
 * Why a reorder failed, in words. PostHog versions before reorder was given a scope answer 403 "This action does not
 * support Personal API Key access" for every key, `*` included; no scope on the key would fix that.
 */
export function describeReorderError(error: unknown): string {
  return refusesPersonalKeys(error) ? reorderNeedsNewerPostHog : describeError(error);
}
