import { useId } from 'react';
import type { RunProgress } from './use-reapply-run';

/** n of N while the writes run; the status line is what a screen reader announces. */
export function ApplyProgress({ progress }: { progress: RunProgress }) {
  const id = useId();
  const verb = progress.action === 'apply' ? 'Applying' : 'Undoing';
  return (
    <div className="reapply-progress">
      <label htmlFor={id} className="reapply-progress__label">
        {verb} changes
      </label>
      <progress id={id} max={progress.total} value={progress.done}>
        {progress.done} of {progress.total}
      </progress>
      <p role="status" className="reapply-progress__count">
        {verb}: {progress.done} of {progress.total} done
      </p>
    </div>
  );
}
