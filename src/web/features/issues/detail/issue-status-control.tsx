import { useId } from 'react';
import {
  writableIssueStatuses,
  writableIssueStatusSchema,
  type Issue,
  type WritableIssueStatus,
} from '../../../../contract/issues';
import { Field } from '../../../components/ui/field';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/use-toast';
import { describeError } from '../../../lib/api-error';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { issueStatusLabels } from '../../../lib/issues/issue-ref';
import { IssueStatusBadge } from '../components/issue-status-badge';
import { useUpdateIssue } from '../api/update-issue';

/**
 * Changing the select saves at once and says so in a toast; on failure the select shows the saved status again.
 * PostHog lets the API set only active, resolved and suppressed: an issue in another (legacy) status shows it
 * read-only, with a way to move it to one of those.
 */
export function IssueStatusControl({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const update = useUpdateIssue(environment.id, issue.id);
  const toast = useToast();
  const noteId = useId();
  const status = update.isPending ? (update.variables.status ?? issue.status) : issue.status;
  const writable = writableIssueStatusSchema.safeParse(status);

  const change = (value: string) => {
    const next = writableIssueStatusSchema.safeParse(value);
    if (!next.success) return;
    update.mutate(
      { status: next.data },
      {
        onSuccess: () => toast.show({ tone: 'success', message: `Status changed to ${issueStatusLabels[next.data]}.` }),
        onError: (error) =>
          toast.show({ tone: 'error', message: `Could not change the status: ${describeError(error)}` }),
      },
    );
  };

  return (
    <Field label="Status" describedBy={writable.success ? undefined : noteId}>
      {(control) => (
        <>
          {!writable.success && (
            <p id={noteId} className="field__hint issue-status-legacy">
              <IssueStatusBadge status={issue.status} /> PostHog does not allow setting “
              {issueStatusLabels[issue.status]}” through the API; choose another status to change it.
            </p>
          )}
          <Select
            {...control}
            value={writable.success ? writable.data : ''}
            aria-busy={update.isPending || undefined}
            onChange={(event) => change(event.target.value)}
          >
            {!writable.success && (
              <option value="" disabled>
                {issueStatusLabels[issue.status]} (cannot be set)
              </option>
            )}
            {writableIssueStatuses.map((value: WritableIssueStatus) => (
              <option key={value} value={value}>
                {issueStatusLabels[value]}
              </option>
            ))}
          </Select>
        </>
      )}
    </Field>
  );
}
