import { shortId } from '../../../../lib/short-id';
import { useId, useState } from 'react';
import type { Issue } from '../../../../../contract/issues';
import { IssueIdentity } from '../../../../components/issue-picker/issue-identity';
import { IssuePicker } from '../../../../components/issue-picker/issue-picker';
import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';
import { describeError } from '../../../../lib/api-error';
import { countOf } from '../../../../lib/format';
import { issueTitle, type IssueRef } from '../../../../data/issues/issue-ref';
import type { ReviewedIssue } from '../../../../data/issues/merge-changes';
import { useFingerprintTotal } from './use-fingerprint-counts';

type MergeIssuesDialogProps = {
  open: boolean;
  target: Issue;
  onClose: () => void;
  onReview: (issues: ReviewedIssue[]) => void;
};

export function MergeIssuesDialog({ open, target, onClose, onReview }: MergeIssuesDialogProps) {
  const [picked, setPicked] = useState<IssueRef[]>([]);
  const [wasOpen, setWasOpen] = useState(open);
  const pickerId = useId();
  const ids = picked.map((issue) => issue.id);
  const { counts, total, loading, failed } = useFingerprintTotal(ids);

  // Each opening starts with nothing picked.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setPicked([]);
  }

  const summary =
    picked.length === 0
      ? 'Pick the issues to merge into this one.'
      : failed
        ? `Fingerprints could not be counted: ${describeError(failed)}`
        : total === null
          ? 'Counting fingerprints…'
          : `${countOf(total, 'fingerprint')} from ${countOf(picked.length, 'issue')} will move into this issue.`;

  return (
    <Dialog
      open={open}
      onRequestClose={onClose}
      title="Merge issues into this one"
      description={`The issues you pick are merged into “${issueTitle(target)}”: their fingerprints and linked tickets move here and the merged issues are deleted.`}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            disabled={picked.length === 0 || counts === null}
            busy={loading}
            onClick={() =>
              counts && onReview(picked.map((issue, index) => ({ ...issue, fingerprints: counts[index] ?? 0 })))
            }
          >
            Review merge
          </Button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={pickerId} className="field__label">
          Issue to merge
        </label>
        <IssuePicker
          id={pickerId}
          value={null}
          exclude={[target.id, ...ids]}
          onChange={(issue) => issue && setPicked((current) => [...current, issue])}
        />
      </div>
      {picked.length > 0 && (
        <ul className="merge-picks" aria-label="Issues to merge">
          {picked.map((issue, index) => (
            <li key={issue.id} className="merge-picks__item">
              <IssueIdentity issue={issue} fingerprints={counts?.[index]} />
              <Button
                size="small"
                variant="ghost"
                aria-label={`Remove ${issueTitle(issue)} (${shortId(issue.id)})`}
                onClick={() => setPicked((current) => current.filter((other) => other.id !== issue.id))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p className="merge-summary" role="status">
        {summary}
      </p>
    </Dialog>
  );
}
