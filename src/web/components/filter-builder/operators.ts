import type { PropertyOperator } from '../../../contract/filters';

export const operatorLabels: Record<PropertyOperator, string> = {
  exact: 'is',
  is_not: 'is not',
  icontains: 'contains',
  not_icontains: 'does not contain',
  regex: 'matches regex',
  not_regex: 'does not match regex',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  is_set: 'is set',
  is_not_set: 'is not set',
  is_date_exact: 'is on date',
  is_date_before: 'is before',
  is_date_after: 'is after',
  between: 'is between',
  not_between: 'is not between',
  min: 'min',
  max: 'max',
  in: 'is one of',
  not_in: 'is not one of',
};

export type ValueKind = 'none' | 'list' | 'pair' | 'single';

const kinds: Partial<Record<PropertyOperator, ValueKind>> = {
  is_set: 'none',
  is_not_set: 'none',
  exact: 'list',
  is_not: 'list',
  in: 'list',
  not_in: 'list',
  between: 'pair',
  not_between: 'pair',
};

export function valueKindOf(operator: PropertyOperator): ValueKind {
  return kinds[operator] ?? 'single';
}

export const numericOperators: ReadonlySet<PropertyOperator> = new Set(['gt', 'gte', 'lt', 'lte', 'min', 'max']);
export const regexOperators: ReadonlySet<PropertyOperator> = new Set(['regex', 'not_regex']);
const dateOperators: ReadonlySet<PropertyOperator> = new Set(['is_date_exact', 'is_date_before', 'is_date_after']);

export function takesNumbers(operator: PropertyOperator): boolean {
  return numericOperators.has(operator) || valueKindOf(operator) === 'pair';
}

export function takesDate(operator: PropertyOperator): boolean {
  return dateOperators.has(operator);
}
