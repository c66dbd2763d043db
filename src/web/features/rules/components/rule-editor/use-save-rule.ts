import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import { ApiError } from '../../../../lib/api-error';
import { showServerFieldError } from '../../../../lib/server-field-error';
import { useCreateRule, type CreatedRule } from '../../../../data/rules/create-rule';
import { ruleKinds } from '../../kinds/rule-kinds';
import type { RuleFormOutput, RuleFormValues } from '../../kinds/rule-form-values';
import type { SaveWarning } from '../../kinds/save-warning';
import { yourVersion } from './changed-fields';
import type { RuleConflict } from './rule-conflict';
import { serverFieldOf } from './server-field';
import { useCheckedUpdate } from './use-checked-update';
import { useRuleEditor } from './use-rule-editor-route';
import { useSaveWarning } from './use-save-warning';

type SaveRuleOptions = {
  /** The rule as the editor loaded it (what the form started from); null when creating. */
  base: Rule | null;
  form: UseFormReturn<RuleFormValues, unknown, RuleFormOutput>;
  /** Told the new rule and where it runs when one was created. */
  onSaved: (created: CreatedRule<RuleKind> | null) => void;
  /** The rule was deleted elsewhere (the save found it gone). */
  onGone: () => void;
  /** Someone else changed the rule since it was loaded: nothing was saved. */
  onConflict: (conflict: RuleConflict, server: Rule) => void;
};

/**
 * Creates the rule, or saves the fields the person changed, and only those, if nobody else changed the rule
 * meanwhile. Values that do more than the person may mean (a rule that matches everything) wait in `warning` until
 * `confirm` saves them; `dismiss` drops the question and keeps the form as it is. A 400 about a field shows under
 * that field; any other failure is kept as `failure` for the dialog to show. Nothing typed is ever reset.
 */
export function useSaveRule({ base, form, onSaved, onGone, onConflict }: SaveRuleOptions) {
  const { envId, kind, mode } = useRuleEditor();
  const create = useCreateRule(envId, kind);
  const update = useCheckedUpdate(envId, kind);
  const warningOf = useSaveWarning();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [pending, setPending] = useState<{ warning: SaveWarning; values: RuleFormOutput } | null>(null);

  const write = async (values: RuleFormOutput) => {
    setFailure(null);
    let created: CreatedRule<RuleKind> | null = null;
    try {
      if (mode === 'create' || base === null) {
        created = await create.mutateAsync(ruleKinds[kind].createInput(values));
      } else {
        const result = await update.save(base, yourVersion(kind, base, form.getValues(), values));
        if (result.outcome === 'gone') return onGone();
        if (result.outcome === 'conflict') return onConflict(result.conflict, result.server);
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && mode === 'edit') return onGone();
      if (showServerFieldError(form, error, (attr) => serverFieldOf(attr, kind, mode))) return;
      return setFailure({ error });
    }
    onSaved(created);
  };

  const save = async (values: RuleFormOutput) => {
    const warning = warningOf(values);
    if (warning) return setPending({ warning, values });
    await write(values);
  };

  return {
    submit: form.handleSubmit(save),
    failure,
    saving: create.isPending || update.pending,
    warning: pending?.warning ?? null,
    confirm: () => (pending ? write(pending.values) : undefined),
    dismiss: () => setPending(null),
  };
}
