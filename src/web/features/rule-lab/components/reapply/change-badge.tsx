import { Badge, type BadgeTone } from '../../../../components/ui/badge';
import type { ReapplyChange } from './reapply-candidate';

const badges: Record<ReapplyChange, { tone: BadgeTone; text: string }> = {
  assign: { tone: 'info', text: 'Assign' },
  reassign: { tone: 'warning', text: 'Reassign' },
  clear: { tone: 'danger', text: 'Unassign' },
  same: { tone: 'neutral', text: 'No change' },
  keeps: { tone: 'neutral', text: 'Kept' },
  none: { tone: 'neutral', text: 'No change' },
  'no-exception': { tone: 'neutral', text: 'Not evaluated' },
};

/** What re-applying would do to the issue, in a word. */
export function ChangeBadge({ change }: { change: ReapplyChange }) {
  const { tone, text } = badges[change];
  return <Badge tone={tone}>{text}</Badge>;
}
