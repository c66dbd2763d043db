import { Button } from '../../../../components/ui/button';
import type { RuleStats } from '../../../../../contract/rule-stats';
import { describeError } from '../../../../lib/api-error';
import { countOf, formatCount } from '../../../../lib/format';
import type { StatsWindowOption } from './stats-windows';

type StatsNoteProps = {
  window: StatsWindowOption;
  stats: RuleStats | undefined;
  /** Newer numbers are on their way (shown numbers are older ones, or there are none yet). */
  computing: boolean;
  error: unknown;
  onRetry: () => void;
};

function summary(stats: RuleStats, window: StatsWindowOption): string {
  const considered = countOf(stats.eventsConsidered, 'exception');
  const unread = stats.skipped > 0 ? ` ${formatCount(stats.skipped)} could not be read.` : '';
  return stats.capped
    ? `Statistics over the last ${considered} of ${window.label} (capped: there are more).${unread}`
    : `Statistics over the last ${window.label}: ${considered}.${unread}`;
}

/** Over which exceptions the rows' numbers were counted, or that they are being computed, or why they are not. */
export function StatsNote({ window, stats, computing, error, onRetry }: StatsNoteProps) {
  if (error && !computing) {
    return (
      <span className="stats-note stats-note--error" role="alert">
        Statistics could not be computed: {describeError(error)}{' '}
        <Button size="small" onClick={onRetry}>
          Retry
        </Button>
      </span>
    );
  }
  return (
    <span className="stats-note" role="status">
      {computing ? `Computing statistics over the last ${window.label}…` : stats && summary(stats, window)}
    </span>
  );
}
