import { z } from 'zod';
import { planLabelHeader } from '../../contract/rule-history';
import type { RulePort } from '../../rule-plans';
import { rulesPath } from './read-rules-state';
import { ConsoleRequestError, type RulesConsole } from './rules-console';

const createdSchema = z.object({ id: z.string() });

/** The plan's writes through the api, each labelled with the plan so History groups them. */
export function consoleRulePort(api: RulesConsole, envId: number, planLabel: string): RulePort {
  const headers = { [planLabelHeader]: encodeURIComponent(planLabel) };
  return {
    async createRule(kind, body) {
      return createdSchema.parse(await api.request('POST', rulesPath(envId, kind), { body, headers }));
    },
    async updateRule(kind, id, body) {
      await api.request('PATCH', rulesPath(envId, kind, `${id}/`), { body, headers });
    },
    async deleteRule(kind, id) {
      try {
        await api.request('DELETE', rulesPath(envId, kind, `${id}/`), { headers });
      } catch (err) {
        // Gone already, as the plan wants it.
        if (!(err instanceof ConsoleRequestError && err.status === 404)) throw err;
      }
    },
    async reorderRules(kind, orders) {
      await api.request('PATCH', rulesPath(envId, kind, 'reorder/'), { body: { orders }, headers });
    },
  };
}
