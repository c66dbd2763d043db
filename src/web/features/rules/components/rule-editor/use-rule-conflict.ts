import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import { useToast } from '../../../../components/ui/use-toast';
import { ApiError } from '../../../../lib/api-error';
import { readRuleAfterWrite } from '../../../../data/rules/get-rule';
import type { RuleContent } from './rule-content';
import type { RuleConflict } from './rule-conflict';
import { useCheckedUpdate } from './use-checked-update';

export type ShownConflict = {
  conflict: RuleConflict;
  /** The rule as the server answered it, conflict.theirs in full. */
  server: Rule;
  /** Counts conflicts shown: a new one (the rule changed again) starts from its own default choices. */
  round: number;
};

type RuleConflictOptions = {
  envId: number;
  kind: RuleKind;
  /** "assignment rule 3". */
  label: string;
  /** Makes `rule` what the editor edits: the form shows it, and the next save is checked against it. */
  rebase: (rule: Rule) => void;
  onGone: () => void;
};

/**
 * The conflict a save ran into, and its way out: keep theirs (the form starts again from the server's version), or
 * save a merge. A merge is saved over their version, checked like any save, and then becomes what the editor edits.
 */
export function useRuleConflict({ envId, kind, label, rebase, onGone }: RuleConflictOptions) {
  const client = useQueryClient();
  const toast = useToast();
  const checked = useCheckedUpdate(envId, kind);
  const [shown, setShown] = useState<ShownConflict | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [reloading, setReloading] = useState(false);
  const rounds = useRef(0);

  const show = (conflict: RuleConflict, server: Rule) => {
    rounds.current += 1;
    setFailure(null);
    setShown({ conflict, server, round: rounds.current });
  };

  const keepTheirs = () => {
    if (!shown) return;
    rebase(shown.server);
    setShown(null);
  };

  const saveMerged = async (merged: RuleContent) => {
    if (!shown) return;
    setFailure(null);
    try {
      const result = await checked.save(shown.server, merged);
      if (result.outcome === 'gone') return onGone();
      if (result.outcome === 'conflict') return show(result.conflict, result.server);
      setReloading(true);
      const saved = await readRuleAfterWrite(client, envId, kind, shown.server.id);
      if (saved === null) return onGone();
      rebase(saved);
      setShown(null);
      toast.show({ tone: 'success', message: `Saved the merged version of ${label}.` });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return onGone();
      setFailure({ error });
    } finally {
      setReloading(false);
    }
  };

  return { shown, show, keepTheirs, saveMerged, failure, saving: checked.pending || reloading };
}
