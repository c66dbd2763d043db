import type { RuleDiff } from '../../../../../rule-plans';
import { countOf } from '../../../../lib/format';

const words: Record<RuleDiff['change'], string> = {
  created: 'added',
  deleted: 'deleted',
  updated: 'changed',
  replaced: 'replaced',
  moved: 'moved',
};

/** "3 rules: 1 added, 1 deleted, 1 moved". */
export function planSummary(diffs: readonly RuleDiff[]): string {
  const counts = (Object.keys(words) as RuleDiff['change'][])
    .map((change) => [change, diffs.filter((diff) => diff.change === change).length] as const)
    .filter(([, count]) => count > 0)
    .map(([change, count]) => `${count} ${words[change]}`);
  return `${countOf(diffs.length, 'rule')}: ${counts.join(', ')}`;
}
