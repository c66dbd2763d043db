import type { RuleKind } from '../../../contract/rules';
import { ruleObjectSchema } from '../../../contract/rules';
import type { CreateBodyOf, RulePort, UpdateBodyOf } from '../../../rule-plans';
import { api } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { createRuleInputSchemas } from '../rules/create-rule';
import { rulePath } from '../rules/keys';
import { reorderInputSchema } from '../rules/reorder-rules';
import { updateRuleInputSchemas } from '../rules/update-rule';

/**
 * A plan's writes through the dashboard's API client, each one request checked against the contract, each carrying
 * the plan's label so the rule history names the plan ("Revert to #41") on every entry it leaves.
 */
export function browserRulePort(envId: number, planLabel: string): RulePort {
  const options = { planLabel };
  return {
    async createRule<K extends RuleKind>(kind: K, body: CreateBodyOf<K>) {
      const input = createRuleInputSchemas[kind].parse(body);
      return api.post(rulePath(envId, kind), input, ruleObjectSchema(kind), options);
    },
    async updateRule<K extends RuleKind>(kind: K, id: string, body: UpdateBodyOf<K>) {
      await api.patch(rulePath(envId, kind, `${id}/`), updateRuleInputSchemas[kind].parse(body), undefined, options);
    },
    async deleteRule(kind, id) {
      try {
        await api.delete(rulePath(envId, kind, `${id}/`), undefined, options);
      } catch (error) {
        // Already gone: what the plan wanted is true.
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
    },
    async reorderRules(kind, orders) {
      await api.patch(rulePath(envId, kind, 'reorder/'), reorderInputSchema.parse({ orders }), undefined, options);
    },
  };
}
