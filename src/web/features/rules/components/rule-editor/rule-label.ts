import type { RuleKind } from '../../../../../contract/rules';
import { ruleKinds } from '../../kinds/rule-kinds';

/** "assignment rule 3" (its position in the list), or "assignment rule" while the position is unknown. */
export function ruleLabel(kind: RuleKind, position: number | null): string {
  const { noun } = ruleKinds[kind];
  return position === null ? noun : `${noun} ${position}`;
}
