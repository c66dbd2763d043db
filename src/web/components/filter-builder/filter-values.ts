import type { FilterValue, PropertyFilter, PropertyOperator } from '../../../contract/filters';
import { offeredOperators } from './offered-operators';
import { valueKindOf } from './operators';

type Scalar = string | number | boolean;

export function isBlank(value: Scalar | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function listOf(value: FilterValue | undefined): Scalar[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => !isBlank(item));
}

export function pairOf(value: FilterValue | undefined): [Scalar, Scalar] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [items[0] ?? '', items[1] ?? ''];
}

export function singleOf(value: FilterValue | undefined): Scalar {
  if (Array.isArray(value)) return listOf(value)[0] ?? '';
  return value ?? '';
}

export function withOperator(filter: PropertyFilter, operator: PropertyOperator): PropertyFilter {
  const { value, ...rest } = filter;
  switch (valueKindOf(operator)) {
    case 'none':
      return { ...rest, operator };
    case 'list':
      return { ...rest, operator, value: listOf(value) };
    case 'pair':
      return { ...rest, operator, value: pairOf(value) };
    case 'single':
      return { ...rest, operator, value: singleOf(value) };
  }
}

/** A new property keeps the operator if it offers it; otherwise it takes its first one. */
export function withProperty(filter: PropertyFilter, key: string): PropertyFilter {
  const offered = offeredOperators(key);
  const next = { ...filter, key };
  return offered.includes(filter.operator) ? next : withOperator(next, offered[0] ?? 'exact');
}

export function isNumeric(value: Scalar | undefined): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}
