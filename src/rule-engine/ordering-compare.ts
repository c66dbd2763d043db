import { HogError } from './hog-error';
import { hogTypeName } from './hog-type';
import type { Json } from './types';

export type OrderingOperator = '>' | '>=' | '<' | '<=';

/**
 * `>`, `>=`, `<`, `<=` on cymbal's legacy strict path: both sides must be numbers, anything else (a string such as
 * the `"3"` a filter stored, null, a bool, an array) is an error that disables the rule.
 */
export function orderingCompare(left: Json, operator: OrderingOperator, right: Json): boolean {
  if (typeof left !== 'number' || typeof right !== 'number') {
    throw new HogError(
      `cannot compare ${hogTypeName(left)} ${operator} ${hogTypeName(right)}: both sides must be numbers`,
    );
  }
  switch (operator) {
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '<':
      return left < right;
    default:
      return left <= right;
  }
}
