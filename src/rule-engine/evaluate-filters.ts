import type { CompiledNode } from './compile-filters';
import { keepsList } from './compile-leaf';
import { exceptionArrayKeys } from './exception-arrays';
import { errorMessage } from './hog-error';
import { hogTruthy } from './hog-type';
import { ownProperty } from './json-guard';
import type { Json, LeafTrace } from './types';

export type NodeResult = { value: boolean | 1 } | { error: string };

function leafNote(key: string, operator: string, seen: Json | undefined, value: Json | undefined): string | undefined {
  if (Array.isArray(value) && value.length === 0 && !keepsList.has(operator))
    return 'value [] compiles to the constant 1';
  if (seen === undefined && !exceptionArrayKeys.has(key)) {
    return ['icontains', 'not_icontains', 'regex', 'not_regex'].includes(operator)
      ? 'missing: tested as the string "null"'
      : 'missing: read as null';
  }
  return undefined;
}

/**
 * Runs a compiled tree the way HogVM runs its bytecode: AND and OR push every operand first, so every branch is
 * evaluated and an error anywhere fails the whole expression. Every leaf is recorded in `leaves`.
 */
export function evaluateFilters(node: CompiledNode, properties: Record<string, Json>, leaves: LeafTrace[]): NodeResult {
  switch (node.kind) {
    case 'constant':
      return { value: 1 };
    case 'invalid':
      return { error: node.error };
    case 'leaf': {
      const seen = ownProperty(properties, node.key);
      const trace: LeafTrace = {
        path: node.path,
        key: node.key,
        operator: node.operator,
        value: node.value,
        seen,
        result: 'error',
      };
      const note = leafNote(node.key, node.operator, seen, node.value);
      if (note) trace.note = note;
      leaves.push(trace);
      if ('error' in node) {
        trace.error = node.error;
        return { error: node.error };
      }
      try {
        const value = node.evaluate(properties);
        trace.result = hogTruthy(value);
        return { value };
      } catch (error) {
        trace.error = errorMessage(error);
        return { error: trace.error };
      }
    }
    case 'group': {
      const results = node.children.map((child) => evaluateFilters(child, properties, leaves));
      const failed = results.find((result) => 'error' in result);
      if (failed) return failed;
      const truthy = results.map((result) => 'value' in result && hogTruthy(result.value));
      return { value: node.type === 'AND' ? truthy.every(Boolean) : truthy.some(Boolean) };
    }
  }
}
