import { compileFilters, type CompiledNode } from './compile-filters';
import { hasFilterValues } from './has-filter-values';
import { errorMessage } from './hog-error';
import { hogTruthy } from './hog-type';
import type { EngineRuleKind, Json } from './types';

export type RuleMatch = { matched: boolean } | { error: string };

type NodeValue = { value: boolean | 1 } | { error: string };

const kindName: Record<EngineRuleKind, string> = {
  grouping: 'Grouping',
  suppression: 'Suppression',
  assignment: 'Assignment',
};

// evaluateFilters without the trace: every operand is evaluated (no short-circuit) and any error fails the whole.
function valueOf(node: CompiledNode, properties: Record<string, Json>): NodeValue {
  switch (node.kind) {
    case 'constant':
      return { value: 1 };
    case 'invalid':
      return { error: node.error };
    case 'leaf':
      if ('error' in node) return { error: node.error };
      try {
        return { value: node.evaluate(properties) };
      } catch (error) {
        return { error: errorMessage(error) };
      }
    case 'group': {
      let failed: NodeValue | null = null;
      let all = true;
      let any = false;
      for (const child of node.children) {
        const result = valueOf(child, properties);
        if ('error' in result) {
          failed ??= result;
          continue;
        }
        const truthy = hogTruthy(result.value);
        all &&= truthy;
        any ||= truthy;
      }
      return failed ?? { value: node.type === 'AND' ? all : any };
    }
  }
}

/**
 * `rulePredicate` compiled once, for one rule run over many events: the same verdict, without the trace of every
 * leaf. The filters must not change while the matcher is in use.
 */
export function ruleMatcher(kind: EngineRuleKind, filters: unknown): (properties: Record<string, Json>) => RuleMatch {
  let node: CompiledNode;
  try {
    if (kind !== 'grouping' && !hasFilterValues(filters)) return () => ({ matched: true });
    node = compileFilters(filters);
  } catch (error) {
    const failed = { error: errorMessage(error) };
    return () => failed;
  }
  return (properties) => {
    try {
      const result = valueOf(node, properties);
      if ('error' in result) return result;
      if (typeof result.value !== 'boolean') {
        return { error: `${kindName[kind]} rule returned ${result.value}, expected a boolean value` };
      }
      return { matched: result.value };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  };
}
