import { shortId } from '../../../../lib/short-id';
import { useState } from 'react';
import type { Issue } from '../../../../../contract/issues';
import { IssueIdentity } from '../../../../components/issue-picker/issue-identity';
import { Button } from '../../../../components/ui/button';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { useToast } from '../../../../components/ui/use-toast';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { countOf } from '../../../../lib/format';
import { issueTitle } from '../../../../data/issues/issue-ref';
import { describeMergeChange, type ReviewedIssue } from '../../../../data/issues/merge-changes';
import { useMergeIssues } from '../../../../data/issues/merge-issues';
import { MergeIssuesDialog } from './merge-issues-dialog';

const fingerprintTotal = (issues: readonly ReviewedIssue[]) =>
  issues.reduce((sum, issue) => sum + (issue.fingerprints ?? 0), 0);

export function MergeIssues({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const merge = useMergeIssues(environment.id, issue.id);
  const toast = useToast();
  const [step, setStep] = useState<'closed' | 'pick' | 'confirm'>('closed');
  const [review, setReview] = useState<ReviewedIssue[] | null>(null);

  // Names repeat ("TypeError"): each issue is named with its description, counts and short id. The dialog puts the
  // message in a paragraph, so the list is made of spans.
  const message = review && (
    <>
      {countOf(fingerprintTotal(review), 'fingerprint')} will move into “{issueTitle(issue)}” (id{' '}
      <code>{shortId(issue.id)}</code>), and {review.length === 1 ? 'the issue below' : 'the issues below'} will be
      deleted. This cannot be undone.
      <span className="merge-confirm__issues" role="list" aria-label="Issues to delete">
        {review.map((picked) => (
          <span key={picked.id} role="listitem" className="merge-confirm__issue">
            <IssueIdentity issue={picked} fingerprints={picked.fingerprints} />
          </span>
        ))}
      </span>
    </>
  );

  const confirm = async () => {
    if (!review) return;
    const result = await merge.mutateAsync({ target: { id: issue.id, name: issue.name }, issues: review });
    if (result.outcome === 'changed') {
      const what = `Nothing was merged. ${result.changes.map(describeMergeChange).join(' ')}`;
      const targetGone = result.changes.some((change) => change.kind === 'gone' && change.issue.id === issue.id);
      if (targetGone || result.issues.length === 0) {
        toast.show({ tone: 'error', message: what });
        return;
      }
      setReview(result.issues);
      throw new Error(`${what} The sentence above now describes the issues as they are: merge again, or cancel.`);
    }
    if (!result.success) {
      toast.show({
        tone: 'error',
        message:
          'Nothing was merged: PostHog found none of the chosen issues to merge (they may have been merged or deleted meanwhile).',
      });
      return;
    }
    toast.show({
      tone: 'success',
      message: `Merged ${countOf(review.length, 'issue')}; ${countOf(fingerprintTotal(review), 'fingerprint')} moved.`,
    });
  };

  return (
    <>
      <Button onClick={() => setStep('pick')}>Merge issues into this one</Button>
      <MergeIssuesDialog
        open={step === 'pick'}
        target={issue}
        onClose={() => setStep('closed')}
        onReview={(issues) => {
          setReview(issues);
          setStep('confirm');
        }}
      />
      <ConfirmDialog
        open={step === 'confirm'}
        title={`Merge ${countOf(review?.length ?? 0, 'issue')} into this one?`}
        message={message}
        confirmLabel="Merge"
        busyLabel="Merging…"
        tone="danger"
        onConfirm={confirm}
        onClose={() => setStep('closed')}
      />
    </>
  );
}
