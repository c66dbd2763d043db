import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import { readRuleNow } from '../../../../data/rules/get-rule';
import { useUpdateRule } from '../../../../data/rules/update-rule';
import { planSave } from './plan-save';
import type { RuleContent } from './rule-content';
import { snapshotOf, type RuleConflict } from './rule-conflict';

export type CheckedUpdate =
  { outcome: 'saved' } | { outcome: 'gone' } | { outcome: 'conflict'; conflict: RuleConflict; server: Rule };

/**
 * Saves `yours` over `base` (the rule as the editor loaded it) only if the server still holds `base`: it reads the rule
 * first, and a rule someone else changed meanwhile comes back as a conflict, unsaved. The PATCH holds only the fields
 * that differ from the server's. A failed read or PATCH throws.
 */
export function useCheckedUpdate(envId: number, kind: RuleKind) {
  const client = useQueryClient();
  const update = useUpdateRule(envId, kind);
  const [checking, setChecking] = useState(false);

  const save = async (base: Rule, yours: RuleContent): Promise<CheckedUpdate> => {
    setChecking(true);
    try {
      const server = await readRuleNow(client, envId, kind, base.id);
      if (server === null) return { outcome: 'gone' };
      const plan = planSave(kind, snapshotOf(kind, base), snapshotOf(kind, server), yours, !!server.disabled_data);
      if (plan.outcome === 'conflict') return { outcome: 'conflict', conflict: plan.conflict, server };
      if (plan.outcome === 'patch') await update.mutateAsync({ id: base.id, input: plan.body });
      return { outcome: 'saved' };
    } finally {
      setChecking(false);
    }
  };

  return { save, pending: checking || update.isPending };
}
