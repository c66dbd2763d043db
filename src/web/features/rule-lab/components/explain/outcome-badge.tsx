import type { RuleOutcome } from '../../../../../rule-engine/types';
import { Badge, type BadgeTone } from '../../../../components/ui/badge';

const outcomes: Record<RuleOutcome, { label: string; tone: BadgeTone }> = {
  matched: { label: 'Matched', tone: 'success' },
  'not-matched': { label: 'No match', tone: 'neutral' },
  'sampled-out': { label: 'Matched, kept by sampling', tone: 'info' },
  'matched-without-assignee': { label: 'Matched, no assignee', tone: 'warning' },
  'would-be-disabled': { label: 'Would be disabled', tone: 'danger' },
  disabled: { label: 'Disabled', tone: 'warning' },
  'not-reached': { label: 'Not reached', tone: 'neutral' },
};

/** A rule's part in one evaluation; the stage's winner says "Wins". */
export function OutcomeBadge({ outcome, winner }: { outcome: RuleOutcome; winner: boolean }) {
  if (winner) return <Badge tone="success">Wins</Badge>;
  const { label, tone } = outcomes[outcome];
  return <Badge tone={tone}>{label}</Badge>;
}
