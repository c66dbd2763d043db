import { useId, useState } from 'react';
import type { Assignee } from '../../../../../contract/assignee';
import type { Issue } from '../../../../../contract/issues';
import { AssigneePicker } from '../../../../components/assignee-picker/assignee-picker';
import { Field } from '../../../../components/ui/field';
import { useToast } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { sameAssignee } from '../../../../data/issues/unseen-change';
import { fallbackAssigneeName } from '../../../../data/organization/assignee-names';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { useAssignIssue } from '../../../../data/issues/assign-issue';
import { issueGoneMessage } from './issue-gone';
import { UnseenChangeNotice } from './unseen-change-notice';

type Refused = { wanted: Assignee | null; fresh: Assignee | null };

export function IssueAssigneeControl({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const assign = useAssignIssue(environment.id, issue.id);
  const { lookup } = useAssigneeDirectory();
  const toast = useToast();
  const refusedId = useId();
  const [refused, setRefused] = useState<Refused | null>(null);
  const value = assign.isPending ? assign.variables.assignee : issue.assignee;
  const notice = !assign.isPending && refused && sameAssignee(refused.fresh, issue.assignee) ? refused : null;
  const nameOf = (assignee: Assignee) => lookup(assignee)?.name ?? fallbackAssigneeName(assignee);

  // Awaited, not callbacks: a gone issue turns the page into "not found" before the mutation settles.
  const change = async (assignee: Assignee | null) => {
    setRefused(null);
    try {
      const result = await assign.mutateAsync({ assignee, seen: issue.assignee });
      if (result.outcome === 'saved') {
        toast.show({ tone: 'success', message: assignee ? `Assigned to ${nameOf(assignee)}.` : 'Unassigned.' });
      } else if (result.outcome === 'gone') {
        toast.show({ tone: 'error', message: `The assignee was not changed: ${issueGoneMessage}` });
      } else if (result.unseen.kind === 'already') {
        toast.show({
          tone: 'info',
          message: assignee
            ? `This issue is already assigned to ${nameOf(assignee)}: it was changed meanwhile.`
            : 'This issue is already unassigned: it was changed meanwhile.',
        });
      } else {
        setRefused({ wanted: assignee, fresh: result.unseen.fresh });
      }
    } catch (error) {
      toast.show({ tone: 'error', message: `Could not change the assignee: ${describeError(error)}` });
    }
  };

  return (
    <Field label="Assignee" hint="Clear the field to unassign." describedBy={notice ? refusedId : undefined}>
      {(control) => (
        <>
          <AssigneePicker {...control} value={value} onChange={(assignee) => void change(assignee)} />
          {notice && (
            <UnseenChangeNotice
              id={refusedId}
              message={`${notice.fresh ? `Someone else assigned this issue to ${nameOf(notice.fresh)}` : 'Someone else unassigned this issue'} meanwhile, so yours (${notice.wanted ? nameOf(notice.wanted) : 'unassigned'}) was not saved.`}
              applyLabel={notice.wanted ? `Assign to ${nameOf(notice.wanted)} anyway` : 'Unassign anyway'}
              onApply={() => void change(notice.wanted)}
              keepLabel={notice.fresh ? `Keep ${nameOf(notice.fresh)}` : 'Keep it unassigned'}
              onKeep={() => setRefused(null)}
            />
          )}
        </>
      )}
    </Field>
  );
}
