import type { QueryClient } from '@tanstack/react-query';
import { ruleKinds } from '../../../contract/rules';
import { applyPlan, type ApplyOptions, type ApplyResult, type RulePlan } from '../../../rule-plans';
import { invalidateRules } from '../rules/rule-resource';
import { browserRulePort } from './browser-rule-port';

/**
 * Applies a plan to an environment, one write at a time under `label`, then marks its rule lists, statistics and
 * history stale, whether it went through or stopped at a failure (what was applied is there either way).
 */
export async function applyRulePlan(
  client: QueryClient,
  envId: number,
  plan: RulePlan,
  label: string,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  try {
    return await applyPlan(plan, browserRulePort(envId, label), options);
  } finally {
    await Promise.all(ruleKinds.map((kind) => invalidateRules(client, envId, kind)));
  }
}
