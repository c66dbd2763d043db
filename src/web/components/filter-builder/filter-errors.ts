/** Keyed by path relative to the group: `values.2.value`, `''` for the group. */
export type FilterErrors = Readonly<Partial<Record<string, string>>>;

export type RowErrors = { key?: string; operator?: string; value?: string; row?: string };

function isRecord(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null;
}

function collect(node: Record<string, unknown>, path: readonly string[], into: Record<string, string>) {
  if (typeof node.message === 'string' && node.message) into[path.join('.')] ??= node.message;
  for (const [key, child] of Object.entries(node)) {
    // `ref` is the DOM node and `types` repeats messages for the same path.
    if (key !== 'ref' && key !== 'types' && isRecord(child)) collect(child, [...path, key], into);
  }
}

/** react-hook-form nests errors like the value (`{values: [, , {value: {message}}]}`); the builder wants paths. */
export function flattenFilterErrors(error: unknown): FilterErrors {
  const into: Record<string, string> = {};
  if (isRecord(error)) collect(error, [], into);
  return into;
}

export function errorsForRow(errors: FilterErrors, index: number): RowErrors {
  const prefix = `values.${index}`;
  const row: RowErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (!message || (path !== prefix && !path.startsWith(`${prefix}.`))) continue;
    const field = path.slice(prefix.length + 1).split('.')[0];
    const slot = field === 'key' || field === 'operator' || field === 'value' ? field : 'row';
    row[slot] ??= message;
  }
  return row;
}

export function groupErrors(errors: FilterErrors): string[] {
  return Object.entries(errors)
    .filter(([path, message]) => message && !/^values\.\d+(\.|$)/.test(path))
    .map(([, message]) => message as string);
}

/** A nested group's errors, with paths relative to it (`values.2.values.0.key` → `values.0.key`). */
export function errorsUnder(errors: FilterErrors, groupPath: string): FilterErrors {
  const under: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (!message) continue;
    if (path === groupPath) under[''] ??= message;
    else if (path.startsWith(`${groupPath}.`)) under[path.slice(groupPath.length + 1)] ??= message;
  }
  return under;
}
