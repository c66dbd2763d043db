/** A stage's rules as given, anything that is not an object left out: odd input never throws. */
export const ruleList = <R>(rules: readonly R[] | undefined): R[] =>
  Array.isArray(rules) ? rules.filter((rule): rule is R => rule !== null && typeof rule === 'object') : [];
