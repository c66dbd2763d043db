/** Zod, JSON.stringify and the rule filters recurse, so a body nested thousands deep would exhaust the stack. */
export const maxJsonDepth = 64;

/** Walks without recursion. */
export function exceedsJsonDepth(value: unknown, limit = maxJsonDepth): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
