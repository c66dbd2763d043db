import { compileFilters, type CompiledNode } from './compile-filters';
import { hasFilterValues } from './has-filter-values';
import { errorMessage } from './hog-error';
import { hogTruthy } from './hog-type';
import { ownProperty } from './json-guard';
import { notBoolean } from './rule-predicate';
import type { EngineRuleKind, Json } from './types';

/** A rule's verdict on one event without a trace: matched or not, or the error that would disable it. */
export type RuleMatch = boolean | { error: string };
export type RuleMatcher = (properties: Record<string, Json>) => RuleMatch;

class Failure {
  constructor(readonly message: string) {}
}

type NodeMatcher = (properties: Record<string, Json>) => boolean | 1 | Failure;

const constantOne: NodeMatcher = () => 1;

/**
 * `evaluateFilters` turned into closures once, for the hot path: the same compiled leaves, every operand of a group
 * evaluated (HogVM pushes them all, so an error anywhere fails the whole expression), the first error winning.
 */
function nodeMatcher(node: CompiledNode, memoize: boolean): NodeMatcher {
  switch (node.kind) {
    case 'constant':
      return constantOne;
    case 'invalid': {
      const failure = new Failure(node.error);
      return () => failure;
    }
    case 'leaf': {
      if ('error' in node) {
        const failure = new Failure(node.error);
        return () => failure;
      }
      const { evaluate, key } = node;
      const run = (properties: Record<string, Json>) => {
        try {
          return evaluate(properties);
        } catch (error) {
          return new Failure(errorMessage(error));
        }
      };
      if (!memoize) return run;
      // A leaf reads one property only: its verdict is a function of that value.
      const verdicts = new Map<Json | undefined, boolean | 1 | Failure>();
      return (properties) => {
        const seen = ownProperty(properties, key);
        let verdict = verdicts.get(seen);
        if (verdict === undefined) {
          verdict = run(properties);
          verdicts.set(seen, verdict);
        }
        return verdict;
      };
    }
    case 'group': {
      const children = node.children.map((child) => nodeMatcher(child, memoize));
      const all = node.type === 'AND';
      return (properties) => {
        let failure: Failure | null = null;
        let some = false;
        let every = true;
        for (const child of children) {
          const result = child(properties);
          if (result instanceof Failure) failure ??= result;
          else if (hogTruthy(result)) some = true;
          else every = false;
        }
        return failure ?? (all ? every : some);
      };
    }
  }
}

const matchAll: RuleMatcher = () => true;

export type CompileOptions = {
  /**
   * Keep each leaf's verdict per value it read (objects by identity): for a batch of events whose equal values are
   * the same objects, which nobody changes meanwhile. The cache lives as long as the compiled rule.
   */
  memoizeLeaves?: boolean;
};

/**
 * One rule's filters compiled for many events: what `rulePredicate` decides, without recording leaves. Suppression
 * and assignment rules with no leaf anywhere match everything; any other program must finish with a boolean.
 */
export function compileRule(kind: EngineRuleKind, filters: unknown, options: CompileOptions = {}): RuleMatcher {
  let matcher: NodeMatcher;
  try {
    if (kind !== 'grouping' && !hasFilterValues(filters)) return matchAll;
    matcher = nodeMatcher(compileFilters(filters), options.memoizeLeaves === true);
  } catch (error) {
    const failure = { error: errorMessage(error) };
    return () => failure;
  }
  return (properties) => {
    let result: boolean | 1 | Failure;
    try {
      result = matcher(properties);
    } catch (error) {
      return { error: errorMessage(error) };
    }
    if (result instanceof Failure) return { error: result.message };
    return typeof result === 'boolean' ? result : { error: notBoolean(kind, result) };
  };
}
