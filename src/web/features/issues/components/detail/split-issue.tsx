import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Issue } from '../../../../../contract/issues';
import { Button } from '../../../../components/ui/button';
import { useToast } from '../../../../components/ui/use-toast';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { countOf } from '../../../../lib/format';
import { useIssue } from '../../../../data/issues/get-issue';
import { issuePagePath, issueTitle } from '../../../../data/issues/issue-ref';
import { SplitIssueDialog } from './split-issue-dialog';

function NewIssueLink({ id }: { id: string }) {
  const environment = useCurrentEnvironment();
  const issue = useIssue(environment.id, id);
  return <Link to={issuePagePath(environment.id, id)}>{issue.data ? issueTitle(issue.data) : `Issue ${id}`}</Link>;
}

export function SplitIssue({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const navigate = useNavigate();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string[]>([]);

  const onSplit = (ids: string[]) => {
    setOpen(false);
    setCreated(ids);
    const first = ids[0];
    toast.show({
      tone: 'success',
      message: `Split ${countOf(ids.length, 'fingerprint')} into ${countOf(ids.length, 'new issue')}.`,
      action: first
        ? {
            label: ids.length === 1 ? 'Open new issue' : 'Open first new issue',
            onAction: () => navigate(issuePagePath(environment.id, first)),
          }
        : undefined,
    });
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>Split fingerprints…</Button>
      {open && <SplitIssueDialog issue={issue} onClose={() => setOpen(false)} onSplit={onSplit} />}
      {created.length > 0 && (
        <p className="notice issue-split-result" role="status">
          New {created.length === 1 ? 'issue' : 'issues'} from the split:{' '}
          {created.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <NewIssueLink id={id} />
            </span>
          ))}
        </p>
      )}
    </>
  );
}
