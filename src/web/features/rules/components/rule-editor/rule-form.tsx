import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import { Button } from '../../../../components/ui/button';
import { useToast, type ToastOptions } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import type { CreatedRule } from '../../../../data/rules/create-rule';
import { AssigneeField } from './assignee-field';
import { DeleteRuleButton } from './delete-rule-button';
import { DescriptionField } from './description-field';
import { DisabledRuleBanner } from './disabled-rule-banner';
import { FiltersField } from './filters-field';
import { firstControl } from './first-control';
import { ruleFormResolver } from './rule-form-resolver';
import { RuleConflictView } from './rule-conflict-view';
import { ruleFormDefaults, type EditorMode, type RuleFormOutput, type RuleFormValues } from './rule-form-schema';
import { SamplingRateField } from './sampling-rate-field';
import { countErrors, saveBlockedReason } from './save-reason';
import { useRuleConflict } from './use-rule-conflict';
import { useSaveRule } from './use-save-rule';
import { useReportPlacement } from '../placement/use-report-placement';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';
import { WriteScope } from '../../../../components/write-scope/write-scope';
import { useWriteAccess } from '../../../../data/session/use-write-access';

const groupingLockedNote =
  'PostHog keeps a grouping rule’s assignee and description as created; to change them, duplicate the rule.';

type RuleFormProps = {
  envId: number;
  kind: RuleKind;
  mode: EditorMode;
  /** The rule being edited, as the server last answered it; null when creating. */
  rule: Rule | null;
  /** "assignment rule 3": in messages and toasts. */
  label: string;
  /** Back to the list (asks first while there are unsaved changes). */
  close: () => void;
  onGone: () => void;
  /** Told while the rule is being deleted from this form (and again, false, if that fails). */
  onDeleting?: (deleting: boolean) => void;
  /** Receives the first control, which the dialog focuses when it opens with the form already in it. */
  focusRef: RefObject<HTMLElement | null>;
};

export function RuleForm({ envId, kind, mode, rule, label, close, onGone, onDeleting, focusRef }: RuleFormProps) {
  const formId = useId();
  const lockedNoteId = useId();
  const reasonId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const [resolver] = useState(() => ruleFormResolver(kind, mode));
  const form = useForm<RuleFormValues, unknown, RuleFormOutput>({
    resolver,
    mode: 'onChange',
    defaultValues: ruleFormDefaults(rule),
  });
  const { errors, isValid, isDirty } = form.formState;
  // What the form started from and a save is checked against: the rule as loaded, until a conflict is resolved.
  const [base, setBase] = useState(rule);
  const rebase = (next: Rule) => {
    setBase(next);
    form.reset(ruleFormDefaults(next));
  };
  const conflicts = useRuleConflict({ envId, kind, label, rebase, onGone });
  const editing = conflicts.shown === null;
  const guard = useUnsavedChangesGuard(isDirty, label);

  const reportPlacement = useReportPlacement(envId, kind);
  const leave = (message: string | ToastOptions, created: CreatedRule<RuleKind> | null = null) => {
    guard.allowLeaving();
    close();
    if (typeof message !== 'string') toast.show(message);
    else if (created) reportPlacement(created, message);
    else toast.show({ tone: 'success', message });
  };
  const { submit, failure, saving } = useSaveRule({
    envId,
    kind,
    mode,
    base,
    form,
    onSaved: (created) => leave(`${mode === 'create' ? 'Created' : 'Saved'} ${label}.`, created),
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

  const groupingLocked = kind === 'grouping' && mode === 'edit';
  const access = useWriteAccess();
  const reason =
    access.reason ??
    saveBlockedReason({
      isValid,
      isDirty,
      errorCount: countErrors(errors),
      editing: mode === 'edit',
      reenables: !!base?.disabled_data,
    });

  return (
    <>
      {conflicts.shown && (
        <RuleConflictView
          key={conflicts.shown.round}
          label={label}
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
        onSubmit={(event) => void submit(event)}
      >
        {base?.disabled_data && <DisabledRuleBanner disabledData={base.disabled_data} />}
        <WriteScope>
          <FiltersField control={form.control} idPrefix={`${formId}-filters`} required={kind === 'grouping'} />
          {groupingLocked && (
            <p id={lockedNoteId} className="rule-editor__note">
              {groupingLockedNote}
            </p>
          )}
          {kind !== 'suppression' && (
            <AssigneeField
              control={form.control}
              error={errors.assignee?.message}
              required={kind === 'assignment'}
              disabled={groupingLocked}
              describedBy={groupingLocked ? lockedNoteId : undefined}
              hint={kind === 'grouping' && !groupingLocked ? 'Optional: matching issues go to them.' : undefined}
            />
          )}
          {kind === 'grouping' && (
            <DescriptionField
              register={form.register}
              error={errors.description?.message}
              disabled={groupingLocked}
              describedBy={groupingLocked ? lockedNoteId : undefined}
            />
          )}
          {kind === 'suppression' && (
            <SamplingRateField register={form.register} error={errors.samplingPercent?.message} />
          )}
        </WriteScope>
        {failure && (
          <p className="dialog__error" role="alert">
            Could not save {label}: {describeError(failure.error)}
          </p>
        )}
        <footer className="dialog__footer rule-editor__footer">
          {rule && access.canWrite && (
            <DeleteRuleButton
              envId={envId}
              kind={kind}
              rule={rule}
              label={label}
              onDeleting={onDeleting}
              onDeleted={(deletedToast) => leave(deletedToast)}
            />
          )}
          {reason && (
            <p id={reasonId} className="rule-editor__reason">
              {reason}
            </p>
          )}
          <Button onClick={close}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={reason !== null}
            busy={saving}
            aria-describedby={reason ? reasonId : undefined}
          >
            {saving ? 'Saving…' : 'Save'}
          </Button>
        </footer>
      </form>
      {guard.prompt}
    </>
  );
}
