import { compileFilters } from './compile-filters';
import { evaluateFilters } from './evaluate-filters';
import { hasFilterValues } from './has-filter-values';
import { errorMessage } from './hog-error';
import type { EngineRuleKind, Json, LeafTrace } from './types';

export type RulePredicate = { leaves: LeafTrace[]; matchAll: boolean } & ({ matched: boolean } | { error: string });

const kindName: Record<EngineRuleKind, string> = {
  grouping: 'Grouping',
  suppression: 'Suppression',
  assignment: 'Assignment',
};

/** cymbal's error for a program that finishes with anything but a boolean (the constant 1 here). */
export const notBoolean = (kind: EngineRuleKind, value: unknown): string =>
  `${kindName[kind]} rule returned ${String(value)}, expected a boolean value`;

/**
 * Whether one rule's filters match: what cymbal gets from running the rule's bytecode. Suppression and assignment
 * rules with no leaf anywhere were saved as `return true`; any other program must finish with a boolean, so a bare
 * `Constant(1)` (an empty grouping rule, a sole leaf with `value: []`) is an error.
 */
export function rulePredicate(kind: EngineRuleKind, filters: unknown, properties: Record<string, Json>): RulePredicate {
  const leaves: LeafTrace[] = [];
  try {
    return predicate(kind, filters, properties, leaves);
  } catch (error) {
    // A bug of the engine must not take the whole evaluation down: it shows as this rule's error.
    return { leaves, matchAll: false, error: errorMessage(error) };
  }
}

function predicate(
  kind: EngineRuleKind,
  filters: unknown,
  properties: Record<string, Json>,
  leaves: LeafTrace[],
): RulePredicate {
  if (kind !== 'grouping' && !hasFilterValues(filters)) return { leaves, matchAll: true, matched: true };
  const result = evaluateFilters(compileFilters(filters), properties, leaves);
  if ('error' in result) return { leaves, matchAll: false, error: result.error };
  if (typeof result.value !== 'boolean') return { leaves, matchAll: false, error: notBoolean(kind, result.value) };
  return { leaves, matchAll: false, matched: result.value };
}
