import { useState } from 'react';
import type { Issue } from '../../../../contract/issues';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/use-toast';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { countOf } from '../../../lib/format';
import { issueTitle, type IssueRef } from '../../../lib/issues/issue-ref';
import { useMergeIssues } from '../api/merge-issues';
import { MergeIssuesDialog } from './merge-issues-dialog';

type Review = { issues: IssueRef[]; fingerprints: number };

/** "Merge issues into this one": pick the issues, then confirm a sentence that says how many fingerprints move. */
export function MergeIssues({ issue }: { issue: Issue }) {
  const environment = useCurrentEnvironment();
  const merge = useMergeIssues(environment.id, issue.id);
  const toast = useToast();
  const [step, setStep] = useState<'closed' | 'pick' | 'confirm'>('closed');
  const [review, setReview] = useState<Review | null>(null);

  const names = review?.issues.map((picked) => `“${issueTitle(picked)}”`).join(', ') ?? '';
  const message = review && (
    <>
      {countOf(review.fingerprints, 'fingerprint')} will move into “{issueTitle(issue)}”, and {names} will be deleted.
      This cannot be undone.
    </>
  );

  return (
    <>
      <Button onClick={() => setStep('pick')}>Merge issues into this one</Button>
      <MergeIssuesDialog
        open={step === 'pick'}
        target={issue}
        onClose={() => setStep('closed')}
        onReview={(issues, fingerprints) => {
          setReview({ issues, fingerprints });
          setStep('confirm');
        }}
      />
      <ConfirmDialog
        open={step === 'confirm'}
        title={`Merge ${countOf(review?.issues.length ?? 0, 'issue')} into this one?`}
        message={message}
        confirmLabel="Merge"
        busyLabel="Merging…"
        tone="danger"
        onConfirm={async () => {
          if (!review) return;
          const result = await merge.mutateAsync({ ids: review.issues.map((picked) => picked.id) });
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
            message: `Merged ${countOf(review.issues.length, 'issue')}; ${countOf(review.fingerprints, 'fingerprint')} moved.`,
          });
        }}
        onClose={() => setStep('closed')}
      />
    </>
  );
}
