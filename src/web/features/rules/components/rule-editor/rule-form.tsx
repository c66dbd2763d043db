import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import { Button } from '../../../../components/ui/button';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { useToast, type ToastOptions } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import type { CreatedRule } from '../../../../data/rules/create-rule';
import { rulesQueryOptions } from '../../../../data/rules/get-rules';
import { historyPath } from '../../../history';
import { DeleteRuleButton } from './delete-rule-button';
import { DisabledRuleBanner } from './disabled-rule-banner';
import { firstControl } from './first-control';
import { ruleFormValues, ruleKinds } from '../../kinds/rule-kinds';
import type { RuleFormOutput, RuleFormValues } from '../../kinds/rule-form-values';
import { useRuleEditorFocus } from './rule-editor-focus';
import { RuleFields } from './rule-fields';
import { ruleFormResolver } from './rule-form-resolver';
import { RuleConflictView } from './rule-conflict-view';
import { countErrors, saveBlockedReason } from './save-reason';
import { useRuleConflict } from './use-rule-conflict';
import { useSaveRule } from './use-save-rule';
import { useReportPlacement } from '../placement/use-report-placement';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';
import { useRuleEditor } from './use-rule-editor-route';
import { useRuleName } from './use-rule-name';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { ruleName } from '../../kinds/rule-name';
import { requestReveal } from '../placement/rule-reveal';
import { WriteScope } from '../../../../components/write-scope/write-scope';
import { noUntouchedControls } from '../../../../components/filter-builder';
import { UntouchedFiltersContext } from './untouched-filters';
import { useWriteAccess } from '../../../../data/session/use-write-access';
import { EditImpactNote } from '../rule-preview/edit-impact-note';
import { FormPreviewProvider } from '../rule-preview/form-preview-context';
import { RulePreviewPanel } from '../rule-preview/rule-preview-panel';

type RuleFormProps = {
  /** The rule being edited, as the server last answered it; null when creating. */
  rule: Rule | null;
  onGone: () => void;
  /** Told while the rule is being deleted from this form (and again, false, if that fails). */
  onDeleting?: (deleting: boolean) => void;
};

export function RuleForm({ rule, onGone, onDeleting }: RuleFormProps) {
  const { envId, kind, mode, close } = useRuleEditor();
  const { mention } = useRuleName();
  const { lookup } = useAssigneeDirectory();
  const focusRef = useRuleEditorFocus();
  const reasonId = useId();
  const impactId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const client = useQueryClient();
  const [resolver] = useState(() => ruleFormResolver(ruleKinds[kind].formSchema[mode]));
  // Every change is checked, so Save knows at once whether it can; a new filter row holds back its own messages
  // until the person leaves its controls or tries to save (`untouchedFilters`).
  const form = useForm<RuleFormValues, unknown, RuleFormOutput>({
    resolver,
    mode: 'onChange',
    reValidateMode: 'onChange',
    defaultValues: ruleFormValues(kind, rule),
  });
  const [untouchedFilters, setUntouchedFilters] = useState(noUntouchedControls);
  const { errors, isValid, isDirty } = form.formState;
  // What the form started from and a save is checked against: the rule as first loaded (a later refetch does not
  // move it, or someone else's save would go unnoticed), until a conflict is resolved.
  const [base, setBase] = useState(rule);
  const rebase = (next: Rule) => {
    setBase(next);
    setUntouchedFilters(noUntouchedControls);
    form.reset(ruleFormValues(kind, next));
  };
  const conflicts = useRuleConflict({ envId, kind, label: mention, rebase, onGone });
  const editing = conflicts.shown === null;
  const guard = useUnsavedChangesGuard(isDirty, mention);

  const reportPlacement = useReportPlacement(envId, kind);
  const leave = (message: string | ToastOptions, created: CreatedRule<RuleKind> | null = null) => {
    guard.allowLeaving();
    // The list scrolls to a new rule and marks it once the editor has closed.
    if (created) requestReveal({ envId, kind, id: created.rule.id });
    close();
    if (typeof message !== 'string') toast.show(message);
    else if (created) reportPlacement(created, message);
    else toast.show({ tone: 'success', message });
  };
  const onSaved = (created: CreatedRule<RuleKind> | null) => {
    if (created === null) return leave(`Saved ${mention}.`);
    const position = (client.getQueryData(rulesQueryOptions(envId, kind).queryKey)?.results ?? []).findIndex(
      (each) => each.id === created.rule.id,
    );
    const where = position === -1 ? ' at the end of the list' : ` at position ${position + 1}`;
    leave(`Created ${ruleName(kind, created.rule, lookup)}${where}.`, created);
  };
  const { submit, failure, saving, warning, confirm, dismiss } = useSaveRule({
    base,
    form,
    onSaved,
    onGone,
    onConflict: conflicts.show,
  });

  useEffect(() => {
    if (!editing) return;
    const target = firstControl(formRef.current);
    focusRef.current = target;
    target?.focus();
    // What the server holds may already be invalid (a broken regex is why rules get disabled): say so at once.
    if (mode === 'edit') void form.trigger();
  }, [editing, focusRef, form, mode]);

  const access = useWriteAccess();
  const reason =
    access.reason ??
    saveBlockedReason({
      isValid,
      isDirty,
      errorCount: countErrors(errors, untouchedFilters),
      editing: mode === 'edit',
      reenables: !!base?.disabled_data,
    });

  return (
    <>
      {conflicts.shown && (
        <RuleConflictView
          key={conflicts.shown.round}
          label={mention}
          conflict={conflicts.shown.conflict}
          server={conflicts.shown.server}
          saving={conflicts.saving}
          failure={conflicts.failure}
          onSave={(merged) => void conflicts.saveMerged(merged)}
          onKeepTheirs={conflicts.keepTheirs}
        />
      )}
      {/* Hidden, not unmounted, while a conflict is shown: the form keeps the person's edits as they were. */}
      <form
        ref={formRef}
        className="rule-editor__form"
        hidden={!editing}
        noValidate
        onSubmit={(event) => {
          setUntouchedFilters(noUntouchedControls);
          void submit(event);
        }}
      >
        <FormPreviewProvider control={form.control}>
          {base?.disabled_data && <DisabledRuleBanner disabledData={base.disabled_data} />}
          <WriteScope>
            <FormProvider {...form}>
              <UntouchedFiltersContext.Provider value={{ controls: untouchedFilters, set: setUntouchedFilters }}>
                <RuleFields />
              </UntouchedFiltersContext.Provider>
            </FormProvider>
          </WriteScope>
          <RulePreviewPanel />
          {failure && (
            <p className="dialog__error" role="alert">
              Could not save {mention}: {describeError(failure.error)}
            </p>
          )}
          <footer className="dialog__footer rule-editor__footer">
            {rule && (
              <Link to={historyPath(envId, { rule: rule.id })} className="button button--ghost">
                History
              </Link>
            )}
            {rule && access.canWrite && (
              <DeleteRuleButton rule={rule} onDeleting={onDeleting} onDeleted={(deletedToast) => leave(deletedToast)} />
            )}
            {reason ? (
              <p id={reasonId} className="rule-editor__reason">
                {reason}
              </p>
            ) : (
              <EditImpactNote id={impactId} />
            )}
            <Button onClick={close}>Cancel</Button>
            <Button
              type="submit"
              variant="primary"
              disabled={reason !== null}
              busy={saving}
              aria-describedby={reason ? reasonId : impactId}
            >
              {saving ? 'Saving…' : 'Save'}
            </Button>
          </footer>
        </FormPreviewProvider>
      </form>
      <ConfirmDialog
        open={warning !== null}
        tone="danger"
        title={warning?.title ?? ''}
        message={warning?.message ?? ''}
        confirmLabel={warning?.confirmLabel ?? 'Save anyway'}
        busyLabel="Saving…"
        onConfirm={confirm}
        onClose={dismiss}
      />
      {guard.prompt}
    </>
  );
}
