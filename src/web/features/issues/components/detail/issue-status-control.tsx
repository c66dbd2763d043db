import { useId, useState } from 'react';
import {
  writableIssueStatuses,
  writableIssueStatusSchema,
  type Issue,
  type IssueStatus,
  type WritableIssueStatus,
} from '../../../../../contract/issues';
import { Field } from '../../../../components/ui/field';
import { Select } from '../../../../components/ui/select';
import { useToast } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { issueStatusLabels } from '../../../../data/issues/issue-ref';
import { IssueStatusBadge } from '../issue-status-badge';
import { useUpdateIssueStatus } from '../../../../data/issues/update-issue';
import { issueGoneMessage } from './issue-gone';
import { UnseenChangeNotice } from './unseen-change-notice';

const statusOptions = writableIssueStatuses.map((value) => ({ value, label: issueStatusLabels[value] }));

type Refused = { wanted: WritableIssueStatus; fresh: IssueStatus };

/** PostHog lets the API set only active, resolved and suppressed: another (legacy) status shows read-only. */
export function IssueStatusControl({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const update = useUpdateIssueStatus(environment.id, issue.id);
  const toast = useToast();
  const noteId = useId();
  const refusedId = useId();
  const [refused, setRefused] = useState<Refused | null>(null);
  const status = update.isPending ? update.variables.status : issue.status;
  const writable = writableIssueStatusSchema.safeParse(status);
  // Once the status moves on again, the notice would describe a value no longer shown.
  const notice = !update.isPending && refused?.fresh === issue.status ? refused : null;

  // Awaited, not callbacks: a gone issue turns the page into "not found" before the mutation settles.
  const change = async (wanted: WritableIssueStatus) => {
    setRefused(null);
    try {
      const result = await update.mutateAsync({ status: wanted, seen: issue.status });
      if (result.outcome === 'saved') {
        toast.show({ tone: 'success', message: `Status changed to ${issueStatusLabels[wanted]}.` });
      } else if (result.outcome === 'gone') {
        toast.show({ tone: 'error', message: `The status was not changed: ${issueGoneMessage}` });
      } else if (result.unseen.kind === 'already') {
        toast.show({
          tone: 'info',
          message: `The status is already ${issueStatusLabels[wanted]}: it was changed meanwhile.`,
        });
      } else {
        setRefused({ wanted, fresh: result.unseen.fresh });
      }
    } catch (error) {
      toast.show({ tone: 'error', message: `Could not change the status: ${describeError(error)}` });
    }
  };

  const describedBy = [writable.success ? undefined : noteId, notice ? refusedId : undefined].filter(Boolean);

  return (
    <Field label="Status" describedBy={describedBy.join(' ') || undefined}>
      {(control) => (
        <>
          {!writable.success && (
            <p id={noteId} className="field__hint issue-status-legacy">
              <IssueStatusBadge status={issue.status} /> PostHog does not allow setting “
              {issueStatusLabels[issue.status]}” through the API; choose another status to change it.
            </p>
          )}
          <Select<IssueStatus>
            {...control}
            value={status}
            options={
              writable.success
                ? statusOptions
                : [
                    { value: status, label: `${issueStatusLabels[status]} (cannot be set)`, disabled: true },
                    ...statusOptions,
                  ]
            }
            aria-busy={update.isPending || undefined}
            onChange={(value) => {
              const next = writableIssueStatusSchema.safeParse(value);
              if (next.success) void change(next.data);
            }}
          />
          {notice && (
            <UnseenChangeNotice
              id={refusedId}
              message={`Someone else changed the status to ${issueStatusLabels[notice.fresh]} meanwhile, so yours (${issueStatusLabels[notice.wanted]}) was not saved.`}
              applyLabel={`Change to ${issueStatusLabels[notice.wanted]} anyway`}
              onApply={() => void change(notice.wanted)}
              keepLabel={`Keep ${issueStatusLabels[notice.fresh]}`}
              onKeep={() => setRefused(null)}
            />
          )}
        </>
      )}
    </Field>
  );
}
