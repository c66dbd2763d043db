import type { RuleKind } from '../../../../../contract/rules';
import { ruleKindUi } from '../../rule-kinds';

/** "assignment rule 3" (its position in the list), or "assignment rule" while the position is unknown. */
export function ruleLabel(kind: RuleKind, position: number | null): string {
  const { noun } = ruleKindUi[kind];
  return position === null ? noun : `${noun} ${position}`;
}
