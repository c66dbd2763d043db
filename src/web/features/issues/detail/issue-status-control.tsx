import { issueStatuses, type Issue, type IssueStatus } from '../../../../contract/issues';
import { Field } from '../../../components/ui/field';
import { Select } from '../../../components/ui/select';
import { useToast } from '../../../components/ui/use-toast';
import { describeError } from '../../../lib/api-error';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { issueStatusLabels } from '../../../lib/issues/issue-ref';
import { useUpdateIssue } from '../api/update-issue';

/** Changing the select saves at once and says so in a toast; on failure the select shows the saved status again. */
export function IssueStatusControl({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const update = useUpdateIssue(environment.id, issue.id);
  const toast = useToast();
  const status = update.isPending ? (update.variables.status ?? issue.status) : issue.status;

  const change = (next: IssueStatus) =>
    update.mutate(
      { status: next },
      {
        onSuccess: () => toast.show({ tone: 'success', message: `Status changed to ${issueStatusLabels[next]}.` }),
        onError: (error) =>
          toast.show({ tone: 'error', message: `Could not change the status: ${describeError(error)}` }),
      },
    );

  return (
    <Field label="Status">
      {(control) => (
        <Select
          {...control}
          value={status}
          aria-busy={update.isPending || undefined}
          onChange={(event) => change(event.target.value as IssueStatus)}
        >
          {issueStatuses.map((value) => (
            <option key={value} value={value}>
              {issueStatusLabels[value]}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
