import { clientSafeSuppressionRules, type SdkSuppressionRule } from '../../rule-engine';
import type { Db } from '../store/database';
import { listRules } from '../store/rules-repository';

/** The environment's suppression rules posthog-js applies itself, as PostHog's remote config lists them. */
export function sdkSuppressionRules(db: Db, teamId: number): SdkSuppressionRule[] {
  const rules = listRules(db, teamId, 'suppression').results.map((rule) => ({
    id: rule.id,
    order_key: rule.order_key,
    filters: rule.filters,
    sampling_rate: rule.sampling_rate,
    disabled_data: rule.disabled_data === null ? null : { message: rule.disabled_data.message },
  }));
  return clientSafeSuppressionRules(rules);
}
