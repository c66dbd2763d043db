import { exceptionArrayElements, exceptionArrayKeys } from './exception-arrays';
import { errorMessage, HogError } from './hog-error';
import { hogTruthy } from './hog-type';
import { isJson, ownProperty } from './json-guard';
import { membershipPredicate, operatorPredicate, type Predicate } from './operator-predicate';
import type { Json } from './types';

/** One leaf, compiled: true/false, or the constant 1 that `value: []` compiles to. Throws on a runtime error. */
export type LeafExpression = (properties: Record<string, Json>) => boolean | 1;

export type CompiledLeaf = { key: string; operator: string; value: Json | undefined } & (
  { evaluate: LeafExpression } | { error: string }
);

// Kept as lists by Django (6.2.1); icontains' own list forms are handled by its predicate.
export const keepsList: ReadonlySet<string> = new Set([
  'between',
  'not_between',
  'icontains',
  'not_icontains',
  'icontains_multi',
  'not_icontains_multi',
]);
const membership = new Set(['exact', 'in', 'is_not', 'not_in']);
const negativeMembership = new Set(['is_not', 'not_in']);
// `property_to_expr` joins per-value leaves with AND for these (only not_regex gets this far in practice).
const andJoined = new Set(['not_icontains', 'not_regex', 'is_not']);

function onSubject(key: string, predicate: Predicate): LeafExpression {
  if (exceptionArrayKeys.has(key)) {
    // arrayExists: in order, true at the first element that satisfies the predicate.
    return (properties) => exceptionArrayElements(ownProperty(properties, key)).some(predicate);
  }
  return (properties) => predicate(ownProperty(properties, key) ?? null);
}

function compileValue(key: string, operator: string, value: Json): LeafExpression {
  let single = value;
  if (Array.isArray(value) && !keepsList.has(operator)) {
    if (value.length === 0) return () => 1;
    if (value.length === 1) single = value[0]!;
    else if (membership.has(operator))
      return onSubject(key, membershipPredicate(value, negativeMembership.has(operator)));
    else {
      const parts = value.map((item) => compileValue(key, operator, item));
      const all = andJoined.has(operator);
      return (properties) => {
        // No short-circuit: every part runs, and the first error wins.
        const results = parts.map((part) => part(properties));
        return all ? results.every(hogTruthy) : results.some(hogTruthy);
      };
    }
  }
  return onSubject(key, operatorPredicate(operator, single));
}

function checkLeaf(key: unknown, type: unknown, operator: unknown, value: unknown): void {
  if (typeof key !== 'string') throw new HogError('invalid filter: key must be a string');
  if (typeof operator !== 'string') throw new HogError('invalid filter: operator must be a string');
  if (type === 'person') throw new HogError('Unknown global: person (cymbal cannot read person properties)');
  if (type !== 'event') throw new HogError(`unsupported filter type: ${JSON.stringify(type) ?? String(type)}`);
  if (value !== undefined && !isJson(value)) throw new HogError('invalid filter: value is not JSON');
}

/**
 * A property filter as Django's `property_to_expr(strict=True)` compiles it for an event, with the list
 * normalisation of 6.2.1 and the exception-array rule of 6.4. A filter PostHog would refuse to save, or that cymbal
 * cannot run (person properties, other filter types), compiles to an error.
 */
export function compileLeaf(leaf: Record<string, unknown>): CompiledLeaf {
  const { key, value } = leaf;
  const type = leaf.type ?? 'event';
  const operator = leaf.operator ?? 'exact';
  const base = {
    key: typeof key === 'string' ? key : String(key),
    operator: typeof operator === 'string' ? operator : String(operator),
    value: isJson(value) ? value : undefined,
  };
  try {
    checkLeaf(key, type, operator, value);
    return { ...base, evaluate: compileValue(base.key, base.operator, base.value ?? null) };
  } catch (error) {
    return { ...base, error: errorMessage(error) };
  }
}
