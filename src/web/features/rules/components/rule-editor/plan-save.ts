import type { RuleKind } from '../../../../../contract/rules';
import { differingFields } from './changed-fields';
import { pickFields, type RuleContent } from './rule-content';
import { findConflict, type RuleConflict, type RuleSnapshot } from './rule-conflict';

export type SavePlan =
  | { outcome: 'conflict'; conflict: RuleConflict }
  | { outcome: 'patch'; body: Partial<RuleContent> }
  | { outcome: 'nothing' };

/**
 * What saving `yours` over `base` does, now that the server answered `server`: a conflict when the server changed
 * since `base`, else a PATCH of the fields that differ from it. A disabled rule is saved even unchanged: any update
 * re-enables it. A server that changed but already holds yours in every field (a save whose answer was lost) needs
 * nothing, unless it is disabled now: the conflict view shows that before anything re-enables it.
 */
export function planSave(
  kind: RuleKind,
  base: RuleSnapshot,
  server: RuleSnapshot,
  yours: RuleContent,
  serverDisabled: boolean,
): SavePlan {
  const conflict = findConflict(kind, base, server, yours);
  if (conflict && (conflict.fields.length > 0 || serverDisabled)) return { outcome: 'conflict', conflict };
  if (conflict) return { outcome: 'nothing' };
  const fields = differingFields(kind, server.content, yours);
  if (fields.length === 0 && !serverDisabled) return { outcome: 'nothing' };
  return { outcome: 'patch', body: pickFields(yours, fields) };
}
