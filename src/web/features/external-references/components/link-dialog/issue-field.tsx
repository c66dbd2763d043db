import { Controller } from 'react-hook-form';
import { ChosenIssue } from '../../../../components/issue-picker/chosen-issue';
import { IssuePicker } from '../../../../components/issue-picker/issue-picker';
import { Field } from '../../../../components/ui/field';
import { useLinkTicketForm } from './use-link-ticket-form';

/** The issue the ticket belongs to: chosen with the issue picker, or fixed when the dialog was opened from one. */
export function IssueField({ fixed }: { fixed: boolean }) {
  const { control, getValues } = useLinkTicketForm();
  if (fixed) {
    const issue = getValues('issue');
    return (
      <div className="field">
        <span className="field__label">Issue</span>
        {issue && <ChosenIssue issue={issue} showTitle />}
      </div>
    );
  }
  return (
    <Controller
      control={control}
      name="issue"
      render={({ field, fieldState }) => (
        <Field label="Issue" required error={fieldState.error?.message}>
          {(control) => (
            <IssuePicker
              {...control}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
            />
          )}
        </Field>
      )}
    />
  );
}
