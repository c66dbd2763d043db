import type { FilterGroup, PropertyFilter, PropertyOperator } from '../../contract/filters';

export const prop = (key: string, operator: PropertyOperator, value?: PropertyFilter['value']): PropertyFilter =>
  value === undefined ? { key, type: 'event', operator } : { key, type: 'event', operator, value };
export const and = (...values: FilterGroup['values']): FilterGroup => ({ type: 'AND', values });
export const or = (...values: FilterGroup['values']): FilterGroup => ({ type: 'OR', values });
