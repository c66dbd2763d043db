import type { RuleKind } from '../../../../../contract/rules';
import { ruleKinds } from '../../kinds/rule-kinds';
import { attrOfField, type EditorMode, type RuleFormField } from '../../kinds/rule-form-values';

export type ServerField = {
  /** The form path the message goes on (`filters.values.2.value` for a row, else a field). */
  path: string;
  /** The field to focus: the top-level field of the form. */
  field: RuleFormField;
};

const rowControls = new Set(['key', 'operator', 'value']);

/** The field of the kind's form, in this mode, that a 400 about `attr` (the API's name) can show on. */
function editableField(kind: RuleKind, mode: EditorMode, attr: string): RuleFormField | null {
  const field = ruleKinds[kind].fields[mode].find((spec) => !spec.locked && attrOfField[spec.name] === attr);
  return field?.name ?? null;
}

/**
 * Where a 400's `attr` (nested parts joined by `__`, e.g. `assignee__id`) belongs in the editor, or null when no
 * field of this form can show it (the dialog shows it as a general message instead).
 */
export function serverFieldOf(attr: string | null, kind: RuleKind, mode: EditorMode): ServerField | null {
  if (!attr) return null;
  const [head = '', ...rest] = attr.split('__');
  const field = editableField(kind, mode, head);
  if (!field) return null;
  if (field !== 'filters' || rest[0] !== 'values' || !/^\d+$/.test(rest[1] ?? '')) return { field, path: field };
  // A top-level row's control (`filters__values__2__value`) gets the message; anything deeper goes on its row.
  const row = `filters.values.${rest[1]}`;
  const control = rest[2] ?? '';
  return { field, path: rest.length === 3 && rowControls.has(control) ? `${row}.${control}` : row };
}
