import type { RuleKind } from '../../../../../contract/rules';
import type { EditorMode } from './rule-form-schema';

export type ServerField = {
  /** The form path the message goes on (`filters.values.2.value` for a row, else a field). */
  path: string;
  /** The field to focus: the top-level field of the form. */
  field: 'filters' | 'assignee' | 'description' | 'samplingPercent';
};

/** The fields each kind edits (and so can show an error on), per mode. */
const editable: Record<RuleKind, Record<EditorMode, readonly ServerField['field'][]>> = {
  assignment: { create: ['filters', 'assignee'], edit: ['filters', 'assignee'] },
  grouping: { create: ['filters', 'assignee', 'description'], edit: ['filters'] },
  suppression: { create: ['filters', 'samplingPercent'], edit: ['filters', 'samplingPercent'] },
};

const rowControls = new Set(['key', 'operator', 'value']);

const fieldOfAttr: Record<string, ServerField['field']> = {
  filters: 'filters',
  assignee: 'assignee',
  description: 'description',
  sampling_rate: 'samplingPercent',
};

/**
 * Where a 400's `attr` (nested parts joined by `__`, e.g. `assignee__id`) belongs in the editor, or null when no
 * field of this form can show it (the dialog shows it as a general message instead).
 */
export function serverFieldOf(attr: string | null, kind: RuleKind, mode: EditorMode): ServerField | null {
  if (!attr) return null;
  const [head = '', ...rest] = attr.split('__');
  const field = fieldOfAttr[head];
  if (!field || !editable[kind][mode].includes(field)) return null;
  if (field !== 'filters' || rest[0] !== 'values' || !/^\d+$/.test(rest[1] ?? '')) return { field, path: field };
  // A top-level row's control (`filters__values__2__value`) gets the message; anything deeper goes on its row.
  const row = `filters.values.${rest[1]}`;
  const control = rest[2] ?? '';
  return { field, path: rest.length === 3 && rowControls.has(control) ? `${row}.${control}` : row };
}
