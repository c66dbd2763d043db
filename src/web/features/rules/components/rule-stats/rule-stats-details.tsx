import { RelativeTime } from '../../../../components/ui/relative-time';
import { Sparkline } from '../../../../components/ui/sparkline';
import { countOf, formatCount } from '../../../../lib/format';
import { bucketWord } from './rule-stats-summary';
import type { RuleKind } from '../../../../../contract/rules';
import type { RuleKindDescriptor } from '../../kinds/rule-kind-descriptor';
import type { RuleStatsView } from './rule-stats-view';

type RuleStatsDetailsProps = { view: RuleStatsView; wins: RuleKindDescriptor<RuleKind>['wins'] };

/** The statistics in full, in the row's details: the counts in words, and what each warning means. */
export function RuleStatsDetails({ view, wins }: RuleStatsDetailsProps) {
  if (view.state !== 'ready') return null;
  const { stat, window, bucketMs, shadowers } = view;
  const per = bucketWord(bucketMs);
  return (
    <div className="rule-stats-details">
      <p className="rule-row__detail">
        <span className="rule-row__detail-label">Last {window.label}</span>
        <span>
          {`${countOf(stat.matches, 'exception')} matched` +
            (stat.disabled
              ? ' (it is disabled: PostHog runs it on none).'
              : `; ${wins.sentence(formatCount(stat.wins))}.`)}
          {stat.lastMatched && (
            <>
              {' '}
              Last matched <RelativeTime iso={stat.lastMatched} />.
            </>
          )}
        </span>
      </p>
      <div className="rule-row__detail">
        <span className="rule-row__detail-label">Per {per}</span>
        <Sparkline
          className="rule-stats-details__sparkline"
          values={stat.series.matches}
          highlighted={stat.series.wins}
          label={`Matched per ${per}, oldest first: ${stat.series.matches.join(', ')}; ${wins.word}: ${stat.series.wins.join(', ')}`}
        />
      </div>
      {shadowers.length > 0 && (
        <p className="rule-row__detail">
          <span className="rule-row__detail-label">Shadowed</span>
          <span>
            Every exception it matches is won by a rule above it first:{' '}
            {shadowers.map((shadower) => `${shadower.name} (${formatCount(shadower.events)})`).join(', ')}.
          </span>
        </p>
      )}
      {stat.neverMatched && (
        <p className="rule-row__detail">
          <span className="rule-row__detail-label">Never matched</span>
          <span>Not one exception of the last {window.label} matches its filters.</span>
        </p>
      )}
      {stat.errors && (
        <p className="rule-row__detail">
          <span className="rule-row__detail-label">Would be disabled</span>
          <span>
            PostHog would disable it: {stat.errors.message} (on {countOf(stat.errors.count, 'exception')} that reach
            it).
          </span>
        </p>
      )}
      {wins.caveat && <p className="rule-row__detail rule-row__muted">{wins.caveat}</p>}
    </div>
  );
}
