import type { RuleTrace } from '../../../../../rule-engine/types';

const count = new Intl.NumberFormat('en');

/** PostHog's draw: the event uuid mod 10,000 against the rate × 10,000, so the same event always draws the same. */
export function SamplingDraw({ draw }: { draw: NonNullable<RuleTrace['draw']> }) {
  if (draw.bucket === null) {
    return <p className="rule-trace__note">The event id is not a uuid: only a rule dropping 100 % drops it.</p>;
  }
  const dropped = draw.bucket < draw.threshold;
  return (
    <p className="rule-trace__note">
      Sampling draw {count.format(draw.bucket)} of 10,000 {dropped ? 'is below' : 'is not below'} the threshold{' '}
      {count.format(draw.threshold)}: {dropped ? 'dropped' : 'kept'}.
    </p>
  );
}
