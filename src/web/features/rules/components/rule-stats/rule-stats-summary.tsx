import { Sparkline } from '../../../../components/ui/sparkline';
import { compactCount, formatCount } from '../../../../lib/format';
import { formatRelativeTime, formatShortAge } from '../../../../lib/relative-time';
import { cx } from '../../../../lib/class-names';
import type { RuleStatsView } from './rule-stats-view';

type RuleStatsSummaryProps = { view: RuleStatsView; winsWord: string };

export const bucketWord = (bucketMs: number) => (bucketMs < 86_400_000 ? 'hour' : 'day');

/**
 * The row's one line of statistics: a sparkline of matches (wins in the strong colour), then matches, wins and when
 * it last matched, short; the whole sentence is the title. It keeps its width whatever it shows, so nothing moves
 * when the numbers arrive.
 */
export function RuleStatsSummary({ view, winsWord }: RuleStatsSummaryProps) {
  if (view.state === 'loading') {
    return (
      <div className="rule-stats rule-stats--loading" aria-hidden="true">
        <span className="rule-stats__skeleton" />
      </div>
    );
  }
  if (view.state !== 'ready') {
    const why = view.state === 'failed' ? 'Statistics could not be computed' : 'No statistics yet for this rule';
    return (
      <div className="rule-stats rule-stats--none" title={why}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{why}</span>
      </div>
    );
  }
  const { stat, window, bucketMs, updating } = view;
  const last = stat.lastMatched === null ? '' : ` · ${formatShortAge(stat.lastMatched)}`;
  const sentence =
    `${formatCount(stat.matches)} matched, ${formatCount(stat.wins)} ${winsWord} in the last ${window.label}` +
    (stat.lastMatched === null ? '' : `, last ${formatRelativeTime(stat.lastMatched)}`);
  return (
    <div className={cx('rule-stats', updating && 'rule-stats--updating')} title={sentence}>
      <Sparkline
        values={stat.series.matches}
        highlighted={stat.series.wins}
        label={`Matched per ${bucketWord(bucketMs)}, oldest first: ${stat.series.matches.join(', ')}`}
      />
      <span className="rule-stats__figures">
        <span className="visually-hidden">{sentence}</span>
        <span aria-hidden="true">
          {compactCount(stat.matches)} · {compactCount(stat.wins)} {winsWord}
          {last}
        </span>
      </span>
    </div>
  );
}
