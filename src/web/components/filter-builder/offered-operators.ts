import type { PropertyOperator } from '../../../contract/filters';
import { knownProperty, type PropertyType } from './properties';

const setness: readonly PropertyOperator[] = ['is_set', 'is_not_set'];
const text: readonly PropertyOperator[] = ['exact', 'is_not', 'icontains', 'not_icontains', 'regex', 'not_regex'];
const numeric: readonly PropertyOperator[] = ['gt', 'gte', 'lt', 'lte', 'between', 'not_between'];

/**
 * PostHog's operator menus by property type. Never offered: `is_date_*` (PostHog refuses to save them for error
 * tracking rules: `toDateTime` is not in cymbal's HogVM), and `min`/`max`/`in`/`not_in`, which say what
 * `gte`/`lte`/`exact`/`is_not` already say.
 */
const byType: Record<PropertyType | 'custom', readonly PropertyOperator[]> = {
  string: [...text, ...setness],
  // On the $exception_* arrays `is_not_set` compiles to arrayExists(v -> v = NULL): never true, so not offered.
  string_array: [...text, 'is_set'],
  number: ['exact', 'is_not', ...numeric, ...setness],
  boolean: ['exact', 'is_not', ...setness],
  // Nothing is known of a custom property's values: text and numbers both.
  custom: [...text, ...numeric, ...setness],
};

export function offeredOperators(key: string): readonly PropertyOperator[] {
  return byType[knownProperty(key)?.type ?? 'custom'];
}
