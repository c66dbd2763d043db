import { Button } from '../../../../components/ui/button';
import { formatCount } from '../../../../lib/format';
import type { PreviewProgress as Progress } from '../../../../data/rule-preview/preview-messages';

const phases = { loading: 'Fetching recent exceptions…', openers: 'Finding each issue’s first exception…' } as const;

/** How far a run has come, and the way to stop it. Shown a moment late (CSS), so quick runs do not flash it. */
export function PreviewProgress({ progress, onCancel }: { progress: Progress | null; onCancel: () => void }) {
  const counting = progress !== null && progress.phase === 'outcomes' && progress.total > 0;
  const text =
    progress === null || progress.phase === 'loading'
      ? phases.loading
      : counting
        ? `Checking ${formatCount(progress.done)} of ${formatCount(progress.total)} exceptions…`
        : phases.openers;
  return (
    <div className="rule-preview__progress">
      <progress
        aria-label="Preview progress"
        value={counting ? progress.done : undefined}
        max={counting ? progress.total : undefined}
      />
      <span className="rule-preview__progress-text">{text}</span>
      <Button size="small" variant="ghost" onClick={onCancel}>
        Stop preview
      </Button>
    </div>
  );
}
