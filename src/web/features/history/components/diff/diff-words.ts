import type { RuleDiff } from '../../../../../rule-plans';
import type { BadgeTone } from '../../../../components/ui/badge';

/** The word on a changed rule, and its tone (the word carries the meaning, not the colour). */
export const diffWords: Record<RuleDiff['change'], { word: string; tone: BadgeTone }> = {
  created: { word: 'Added', tone: 'success' },
  deleted: { word: 'Deleted', tone: 'danger' },
  updated: { word: 'Changed', tone: 'info' },
  replaced: { word: 'Replaced', tone: 'warning' },
  moved: { word: 'Moved', tone: 'neutral' },
};

/** Where the rule is or was: "at position 3", "was at position 2", "moved from 5 to 2"; null when only shifted. */
export function positionText(diff: RuleDiff): string | null {
  if (diff.from === null) return `at position ${diff.to}`;
  if (diff.to === null) return `was at position ${diff.from}`;
  if (diff.moved) return `moved from ${diff.from} to ${diff.to}`;
  return null;
}
