import type { RuleSnapshot } from '../contract/rule-history';
import type { RulePlan } from './plan-operations';
import { planRules } from './plan-rules';
import { targetOf } from './rule-spec';

/**
 * The plan that undoes a change: from the state after it back to the state before. Rules it deleted come back
 * with new ids (PostHog cannot re-create an id); the rest are matched by id.
 */
export const inversePlan = (before: RuleSnapshot, after: RuleSnapshot): RulePlan => planRules(after, targetOf(before));
