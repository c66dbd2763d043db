import type { EngineRules } from '../../../rule-engine';
import type { PropertyColumn } from '../../store/projected-events-repository';

/**
 * The properties the rules can tell apart: events that agree on all of them get the same verdict from every rule,
 * so each distinct combination is evaluated once. `whole`: a key cannot be read on its own (in SQLite), so whole
 * properties are read and picked apart.
 */
export type StatsProjection = {
  columns: PropertyColumn[];
  /** A rule reads what grouping writes (`$exception_fingerprint`, …): each tuple's fingerprint is computed. */
  readsFingerprint: boolean;
  readsIssueId: boolean;
  whole: boolean;
};

const derived = ['$exception_types', '$exception_values', '$exception_sources', '$exception_functions'];
const derivedKeys = new Set([...derived, '$exception_handled']);
/** Grouping writes these for the later stages: reading them needs what the automatic fingerprint is made of. */
const fingerprintOutputs = new Set([
  '$exception_fingerprint',
  '$exception_proposed_fingerprint',
  '$exception_fingerprint_record',
]);
const fingerprintInputs = ['$exception_list', ...derived.slice(0, 2), '$exception_type', '$exception_message'];
/** Ingestion's own outputs are never read from a stored event (see `replayableProperties`). */
const neverRead = new Set([...fingerprintOutputs, '$exception_issue_id']);

const maxDepth = 64;

/** Every leaf key of a stored filter tree, as the engine compiles it (objects with a `key` are leaves). */
function collectKeys(node: unknown, into: Set<string>, depth = 0): void {
  if (node === null || typeof node !== 'object' || depth > maxDepth) return;
  if (Array.isArray(node)) return;
  if ('key' in node) {
    if (typeof node.key === 'string') into.add(node.key);
    return;
  }
  if ('values' in node && Array.isArray(node.values)) {
    for (const child of node.values) collectKeys(child, into, depth + 1);
  }
}

const addressable = (key: string) => !/["\\\p{Cc}]/u.test(key);

export function statsProjection(rules: EngineRules): StatsProjection {
  const keys = new Set<string>();
  for (const rule of [...rules.grouping, ...rules.suppression, ...rules.assignment]) collectKeys(rule.filters, keys);
  const readsFingerprint = [...keys].some((key) => fingerprintOutputs.has(key));
  const read = new Set([...keys].filter((key) => !neverRead.has(key)));
  if (readsFingerprint) for (const key of fingerprintInputs) read.add(key);
  const missing = [...read].filter((key) => derivedKeys.has(key)).sort();
  const listWhole = read.has('$exception_list');
  read.delete('$exception_list');
  const columns: PropertyColumn[] = [
    ...[...read].sort().map((key): PropertyColumn => ({ key, read: 'value' })),
    { key: '$exception_fingerprint', read: 'manual-fingerprint' },
  ];
  if (listWhole) columns.push({ key: '$exception_list', read: 'value' });
  else if (missing.length > 0) columns.push({ key: '$exception_list', read: 'when-missing', missing });
  return {
    columns,
    readsFingerprint,
    readsIssueId: keys.has('$exception_issue_id'),
    whole: !columns.every((column) => addressable(column.key)),
  };
}
