import type { FilterErrors } from './filter-errors';

/**
 * A row added since the last save attempt keeps its errors to itself until the person leaves the control, so a new
 * row is not red before anything was typed. Controls are named by their error path (`values.2.values.0.key`).
 */
export type UntouchedControls = ReadonlySet<string>;

export const noUntouchedControls: UntouchedControls = new Set();

export const childPath = (groupPath: string, index: number) =>
  groupPath ? `${groupPath}.values.${index}` : `values.${index}`;

export const controlPaths = (rowPath: string) => ['key', 'operator', 'value'].map((slot) => `${rowPath}.${slot}`);

const covers = (control: string, path: string) => path === control || path.startsWith(`${control}.`);

export function hideUntouched(errors: FilterErrors, untouched: UntouchedControls): FilterErrors {
  if (untouched.size === 0) return errors;
  const controls = [...untouched];
  return Object.fromEntries(
    Object.entries(errors).filter(([path]) => !controls.some((control) => covers(control, path))),
  );
}

/** The paths after row `index` of the group at `groupPath` was removed: later rows move up by one. */
export function afterRemoval(untouched: UntouchedControls, groupPath: string, index: number): UntouchedControls {
  const prefix = groupPath ? `${groupPath}.values.` : 'values.';
  const next = new Set<string>();
  for (const path of untouched) {
    if (!path.startsWith(prefix)) {
      next.add(path);
      continue;
    }
    const [head = '', ...rest] = path.slice(prefix.length).split('.');
    const at = Number(head);
    if (at === index) continue;
    next.add(at > index ? [`${prefix}${at - 1}`, ...rest].join('.') : path);
  }
  return next;
}
