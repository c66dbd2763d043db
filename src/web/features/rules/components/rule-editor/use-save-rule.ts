import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { RuleKind } from '../../../../../contract/rules';
import { ApiError } from '../../../../lib/api-error';
import { useCreateRule, type CreatedRule, type CreateRuleInput } from '../../api/create-rule';
import { useUpdateRule, type UpdateRuleInput } from '../../api/update-rule';
import { ruleRequestBody, type EditorMode, type RuleFormOutput, type RuleFormValues } from './rule-form-schema';
import { serverFieldOf } from './server-field';

type SaveRuleOptions = {
  envId: number;
  kind: RuleKind;
  mode: EditorMode;
  ruleId: string | null;
  form: UseFormReturn<RuleFormValues, unknown, RuleFormOutput>;
  /** Told the new rule and where it runs when one was created. */
  onSaved: (created: CreatedRule<RuleKind> | null) => void;
  /** The rule was deleted elsewhere (the save answered 404). */
  onGone: () => void;
};

/**
 * An edit that did not touch the filters leaves them out of the PATCH, so what PostHog stores is not even rewritten.
 * A grouping rule's update is its filters alone (sent when the save only re-enables it).
 */
function withoutUntouchedFilters(
  body: ReturnType<typeof ruleRequestBody>,
  kind: RuleKind,
  form: SaveRuleOptions['form'],
): UpdateRuleInput<RuleKind> {
  if (kind === 'grouping' || form.getFieldState('filters').isDirty) return body;
  const { filters: _untouched, ...rest } = body;
  return rest;
}

/**
 * Creates or updates the rule from the form. A 400 about a field shows under that field; any other failure is kept
 * as `failure` for the dialog to show. Nothing typed is ever reset by a failure.
 */
export function useSaveRule({ envId, kind, mode, ruleId, form, onSaved, onGone }: SaveRuleOptions) {
  const create = useCreateRule(envId, kind);
  const update = useUpdateRule(envId, kind);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const save = async (values: RuleFormOutput) => {
    setFailure(null);
    const body = ruleRequestBody(kind, mode, values);
    let created: CreatedRule<RuleKind> | null = null;
    try {
      if (mode === 'create' || ruleId === null) created = await create.mutateAsync(body as CreateRuleInput<RuleKind>);
      else await update.mutateAsync({ id: ruleId, input: withoutUntouchedFilters(body, kind, form) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && mode === 'edit') return onGone();
      const target = error instanceof ApiError && error.status === 400 ? serverFieldOf(error.attr, kind, mode) : null;
      if (!target) return setFailure({ error });
      // The path may be a filter row inside the field: set the message there, then focus the field.
      form.setError(target.path as keyof RuleFormValues, { type: 'server', message: (error as ApiError).detail });
      form.setFocus(target.field);
      return;
    }
    onSaved(created);
  };

  return {
    submit: form.handleSubmit(save),
    failure,
    saving: create.isPending || update.isPending,
  };
}
