/** Ids are derived, not generated, so labels, errors and focus moves can find each other. */
export function rowIds(idPrefix: string, index: number) {
  const row = `${idPrefix}-filter-${index}`;
  return {
    row,
    key: `${row}-key`,
    keyHint: `${row}-key-hint`,
    operator: `${row}-operator`,
    operatorHint: `${row}-operator-hint`,
    value: `${row}-value`,
    remove: `${row}-remove`,
    error: (slot: string) => `${row}-${slot}-error`,
  };
}

export type RowIds = ReturnType<typeof rowIds>;

export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}
