import { ingestionProperties, type EngineRules } from '../../../rule-engine';
import type { EventProjection } from '../../store/projected-events-repository';

/**
 * The properties the rules can tell events apart by: events that agree on all of them get the same verdict from
 * every rule, so each distinct combination (a tuple) is evaluated once.
 */
export type StatsProjection = EventProjection & {
  /** A rule reads what grouping writes (`$exception_fingerprint`, …): each tuple's fingerprint is computed. */
  readsFingerprint: boolean;
  /** An assignment rule reads `$exception_issue_id`: an event's issue is part of what it decides by. */
  readsIssueId: boolean;
};

/** The engine derives these from `$exception_list` where an event lacks them (spec 10.3). */
const derivable = [
  '$exception_functions',
  '$exception_handled',
  '$exception_sources',
  '$exception_types',
  '$exception_values',
];
/** Grouping writes these for the later stages. */
const fingerprintOutputs = [
  '$exception_fingerprint',
  '$exception_proposed_fingerprint',
  '$exception_fingerprint_record',
];
/** What the automatic fingerprint is made of. */
const fingerprintInputs = [
  '$exception_list',
  '$exception_types',
  '$exception_values',
  '$exception_type',
  '$exception_message',
];
/** Ingestion's own outputs: never read from a stored event, the rules meet them afresh (`capturedProperties`). */
const neverRead: ReadonlySet<string> = new Set(ingestionProperties);
/** The local store keeps these in columns too. */
const inColumns: ReadonlySet<string> = new Set(['$lib', '$session_id']);

const maxDepth = 64;

/** Every leaf key of a stored filter tree, as the engine compiles it (objects with a `key` are leaves). */
function collectKeys(node: unknown, into: Set<string>, depth = 0): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || depth > maxDepth) return;
  if ('key' in node) {
    if (typeof node.key === 'string') into.add(node.key);
    return;
  }
  if ('values' in node && Array.isArray(node.values)) {
    for (const child of node.values) collectKeys(child, into, depth + 1);
  }
}

/**
 * SQLite's JSON paths cannot name a key holding a quote, a backslash or a control character, and a key goes into
 * the SQL text inside a '…' literal: an apostrophe would end it, so such a key is read from whole properties too.
 */
const addressable = (key: string) => !/["'\\\p{Cc}]/u.test(key);

export function statsProjection(rules: EngineRules): StatsProjection {
  const keys = new Set<string>();
  for (const rule of [...rules.grouping, ...rules.suppression, ...rules.assignment]) collectKeys(rule.filters, keys);
  const readsFingerprint = fingerprintOutputs.some((key) => keys.has(key));
  const read = new Set([...keys].filter((key) => !neverRead.has(key)));
  if (readsFingerprint) for (const key of fingerprintInputs) read.add(key);
  const listRead = read.delete('$exception_list');
  const derived = derivable.filter((key) => read.has(key));
  const sorted = [...read].sort();
  return {
    keys: sorted.filter((key) => !inColumns.has(key)),
    columnKeys: sorted.filter((key) => inColumns.has(key)),
    list: listRead ? 'always' : derived.length > 0 ? 'when-missing' : 'never',
    derived,
    whole: !sorted.every(addressable),
    readsFingerprint,
    readsIssueId: keys.has('$exception_issue_id'),
  };
}
