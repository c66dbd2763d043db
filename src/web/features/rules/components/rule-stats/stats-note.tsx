import { Button } from '../../../../components/ui/button';
import type { RuleStats } from '../../../../../contract/rule-stats';
import { describeError } from '../../../../lib/api-error';
import { countOf, formatCount } from '../../../../lib/format';
type StatsNoteProps = {
  stats: RuleStats | undefined;
  /** Newer numbers are on their way (shown numbers are older ones, or there are none yet). */
  computing: boolean;
  error: unknown;
  onRetry: () => void;
};

function summary(stats: RuleStats): string {
  const considered = countOf(stats.eventsConsidered, 'exception');
  const unread = stats.skipped > 0 ? ` ${formatCount(stats.skipped)} could not be read.` : '';
  return stats.capped
    ? `over the last ${considered} (capped: there are more).${unread}`
    : `over ${considered}.${unread}`;
}

/**
 * Beside the window: over which exceptions the rows' numbers were counted, or that they are being computed, or why
 * they are not.
 */
export function StatsNote({ stats, computing, error, onRetry }: StatsNoteProps) {
  if (error && !computing) {
    return (
      <span className="stats-note stats-note--error" role="alert">
        could not be computed: {describeError(error)}{' '}
        <Button size="small" onClick={onRetry}>
          Retry
        </Button>
      </span>
    );
  }
  return (
    <span className="stats-note" role="status">
      {computing ? 'computing…' : stats && summary(stats)}
    </span>
  );
}
