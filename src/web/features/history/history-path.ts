/** The History page of an environment, narrowed to one rule when `rule` is given. */
export function historyPath(envId: number, { rule }: { rule?: string } = {}): string {
  const path = `/env/${envId}/history`;
  return rule === undefined ? path : `${path}?rule=${encodeURIComponent(rule)}`;
}
