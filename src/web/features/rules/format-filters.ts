import {
  isFilterGroup,
  type FilterGroup,
  type FilterValue,
  type PropertyFilter,
  type PropertyOperator,
} from '../../../contract/filters';

const propertyLabels: Record<string, string> = {
  $exception_types: 'Exception type',
  $exception_values: 'Exception message',
  $exception_sources: 'Source file',
  $exception_functions: 'Function',
  $exception_handled: 'Handled',
  $browser: 'Browser',
  $os: 'OS',
  $current_url: 'URL',
  $lib: 'Library',
};

const operatorLabels: Record<PropertyOperator, string> = {
  exact: 'is',
  is_not: 'is not',
  icontains: 'contains',
  not_icontains: 'does not contain',
  regex: 'matches',
  not_regex: 'does not match',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  is_set: 'is set',
  is_not_set: 'is not set',
  is_date_exact: 'is on',
  is_date_before: 'is before',
  is_date_after: 'is after',
  between: 'is between',
  not_between: 'is not between',
  min: 'is at least',
  max: 'is at most',
  in: 'is in',
  not_in: 'is not in',
};

function describeValue(value: FilterValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

function describeFilter(filter: PropertyFilter): string {
  const property = propertyLabels[filter.key] ?? filter.key;
  return [property, operatorLabels[filter.operator], describeValue(filter.value)].filter(Boolean).join(' ');
}

/** One line a person can read: "Exception type is TypeError, RangeError and Browser is Chrome". */
export function describeFilters(group: FilterGroup): string {
  if (group.values.length === 0) return 'Every exception';
  const joiner = group.type === 'AND' ? ' and ' : ' or ';
  return group.values
    .map((node) => (isFilterGroup(node) ? `(${describeFilters(node)})` : describeFilter(node)))
    .join(joiner);
}
