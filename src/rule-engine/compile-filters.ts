import { compileLeaf, type CompiledLeaf } from './compile-leaf';
import { isRecord } from './json-guard';
import { sameJson } from './same-json';

export type CompiledNode =
  /** `Constant(1)`: an empty group, or a leaf whose value is `[]`. */
  | { kind: 'constant' }
  | { kind: 'group'; type: 'AND' | 'OR'; children: CompiledNode[] }
  | ({ kind: 'leaf'; path: number[] } & CompiledLeaf)
  /** A node PostHog could not have compiled: evaluating it is an error. */
  | { kind: 'invalid'; path: number[]; error: string };

const maxDepth = 64;
const notAGroup = 'invalid filters: expected a group {type, values}';

function compileNode(node: unknown, path: number[]): CompiledNode {
  if (!isRecord(node)) return { kind: 'invalid', path, error: 'invalid filter: expected a property filter or a group' };
  if ('key' in node) return { kind: 'leaf', path, ...compileLeaf(node) };
  if (!Array.isArray(node.values)) {
    return {
      kind: 'invalid',
      path,
      error: 'invalid filter: expected a property filter {key, …} or a group {type, values}',
    };
  }
  if (node.type !== 'AND' && node.type !== 'OR') {
    return {
      kind: 'invalid',
      path,
      error: `PropertyGroupFilter of unknown type ${JSON.stringify(node.type) ?? 'undefined'}`,
    };
  }
  if (path.length >= maxDepth) return { kind: 'invalid', path, error: `filters nest deeper than ${maxDepth} groups` };
  // Django: no values → Constant(1); one value → that value, whatever the group's type.
  if (node.values.length === 0) return { kind: 'constant' };
  if (node.values.length === 1) return compileNode(node.values[0], [...path, 0]);
  return {
    kind: 'group',
    type: node.type,
    children: node.values.map((child, index) => compileNode(child, [...path, index])),
  };
}

function compileRoot(filters: unknown): CompiledNode {
  if (!isRecord(filters) || 'key' in filters) return { kind: 'invalid', path: [], error: notAGroup };
  return compileNode(filters, []);
}

// Per filters object, with a copy of what was compiled: a caller may edit the object in place between evaluations
// (a form's state does), and then it is compiled again. Only objects seen twice are copied: rules read afresh for
// every event would pay for a copy they never use.
const compiled = new WeakMap<object, { snapshot: unknown; node: CompiledNode }>();
const seenOnce = new WeakSet<object>();

function snapshotOf(filters: object): unknown {
  try {
    return structuredClone(filters);
  } catch {
    return undefined;
  }
}

/** A stored filter tree as `property_to_expr` compiles it (the root must be a group). */
export function compileFilters(filters: unknown): CompiledNode {
  if (filters === null || typeof filters !== 'object') return compileRoot(filters);
  const cached = compiled.get(filters);
  if (cached && sameJson(cached.snapshot, filters)) return cached.node;
  const node = compileRoot(filters);
  if (!cached && !seenOnce.has(filters)) {
    seenOnce.add(filters);
    return node;
  }
  const snapshot = snapshotOf(filters);
  if (snapshot !== undefined) compiled.set(filters, { snapshot, node });
  return node;
}
