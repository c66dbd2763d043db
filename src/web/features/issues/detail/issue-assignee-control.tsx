import type { Assignee } from '../../../../contract/assignee';
import type { Issue } from '../../../../contract/issues';
import { AssigneePicker } from '../../../components/assignee-picker/assignee-picker';
import { Field } from '../../../components/ui/field';
import { useToast } from '../../../components/ui/use-toast';
import { describeError } from '../../../lib/api-error';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { useAssigneeDirectory } from '../../../lib/organization/use-assignee-directory';
import { useAssignIssue } from '../api/assign-issue';

/** Picking a member or role assigns at once; clearing the field unassigns. */
export function IssueAssigneeControl({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const assign = useAssignIssue(environment.id, issue.id);
  const { lookup } = useAssigneeDirectory();
  const toast = useToast();
  const value = assign.isPending ? assign.variables : issue.assignee;

  const change = (assignee: Assignee | null) =>
    assign.mutate(assignee, {
      onSuccess: () =>
        toast.show({
          tone: 'success',
          message: assignee
            ? `Assigned to ${lookup(assignee)?.name ?? `${assignee.type} ${assignee.id}`}.`
            : 'Unassigned.',
        }),
      onError: (error) =>
        toast.show({ tone: 'error', message: `Could not change the assignee: ${describeError(error)}` }),
    });

  return (
    <Field label="Assignee" hint="Clear the field to unassign.">
      {(control) => <AssigneePicker {...control} value={value} onChange={change} />}
    </Field>
  );
}
