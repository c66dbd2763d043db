import { HogError } from './hog-error';
import { hogEquals } from './hog-equality';
import { hogILike } from './ilike';
import { hogMatch } from './hog-match';
import { hogToString } from './hog-to-string';
import { multiSearchAnyCaseInsensitive } from './multi-search';
import { orderingCompare, type OrderingOperator } from './ordering-compare';
import { pythonFloat } from './python-float';
import { pythonStr } from './python-str';
import { sortableSemver } from './sortable-semver';
import type { Json } from './types';

/** The compiled comparison of one leaf, applied to a property value or to one element of an exception array. */
export type Predicate = (subject: Json) => boolean;

const ordering: Record<string, OrderingOperator> = { gt: '>', gte: '>=', min: '>=', lt: '<', lte: '<=', max: '<=' };

// `_handle_bool_values`: with no Boolean property definition (the engine has none), true/false are compared as the
// strings "true"/"false".
const boolAsString = (value: Json): Json => (value === true ? 'true' : value === false ? 'false' : value);

/** `icontains f`: `toString(x) ILIKE '%{f}%'`, f formatted by Python and not escaped, so its `%` and `_` are wildcards. */
function icontainsPredicate(value: Json): Predicate {
  if (Array.isArray(value) && value.length > 1) {
    const needles = value.map(pythonStr);
    return (subject) => multiSearchAnyCaseInsensitive(subject, needles);
  }
  const single = Array.isArray(value) ? (value.length === 0 ? '[]' : pythonStr(value[0]!)) : pythonStr(value);
  const pattern = `%${single}%`;
  return (subject) => hogILike(hogToString(subject), pattern);
}

/** `_validate_between_values`: two values that Python's float() accepts, min ≤ max. They keep their JSON type. */
function betweenBounds(operator: string, value: Json): [Json, Json] {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new HogError(`${operator} operator requires a two-element array [min, max]`);
  }
  const low = value[0]!;
  const high = value[1]!;
  const lowFloat = pythonFloat(low);
  const highFloat = pythonFloat(high);
  if (lowFloat === null || highFloat === null) throw new HogError(`${operator} operator requires numeric values`);
  if (lowFloat > highFloat) {
    throw new HogError(`${operator} operator requires min value to be less than or equal to max value`);
  }
  return [low, high];
}

/** `x IN (…)` / `x NOT IN (…)`: each item compared with HogVM `=`; the items keep their JSON types. */
export function membershipPredicate(values: readonly Json[], negate: boolean): Predicate {
  return (subject) => values.some((item) => hogEquals(subject, item)) !== negate;
}

/**
 * The comparison Django's `_expr_to_compare_op` compiles for `operator` and (already list-normalised) `value`, with
 * HogVM's runtime semantics (spec 10.5). Throws for filters PostHog would refuse to save; the predicate itself
 * throws for runtime errors.
 */
export function operatorPredicate(operator: string, value: Json): Predicate {
  if (operator in ordering) {
    const op = ordering[operator]!;
    return (subject) => orderingCompare(subject, op, value);
  }
  switch (operator) {
    case 'exact': {
      const expected = boolAsString(value);
      return (subject) => hogEquals(subject, expected);
    }
    case 'is_not': {
      const expected = boolAsString(value);
      return (subject) => !hogEquals(subject, expected);
    }
    case 'in':
    case 'not_in':
      if (!Array.isArray(value)) throw new HogError('IN and NOT IN operators require a list of values');
      return membershipPredicate(value, operator === 'not_in');
    case 'icontains':
      return icontainsPredicate(value);
    case 'not_icontains': {
      const contains = icontainsPredicate(value);
      return (subject) => !contains(subject);
    }
    case 'icontains_multi':
    case 'not_icontains_multi': {
      const needles = (Array.isArray(value) ? value : [value]).map(pythonStr);
      const negate = operator === 'not_icontains_multi';
      return (subject) => multiSearchAnyCaseInsensitive(subject, needles) !== negate;
    }
    case 'regex':
      return (subject) => hogMatch(hogToString(subject), value);
    case 'not_regex':
      return (subject) => !hogMatch(hogToString(subject), value);
    case 'between': {
      const [low, high] = betweenBounds(operator, value);
      return (subject) => [orderingCompare(subject, '>=', low), orderingCompare(subject, '<=', high)].every(Boolean);
    }
    case 'not_between': {
      const [low, high] = betweenBounds(operator, value);
      return (subject) => [orderingCompare(subject, '<', low), orderingCompare(subject, '>', high)].some(Boolean);
    }
    case 'is_set':
      return (subject) => subject !== null;
    case 'is_not_set':
      return (subject) => subject === null;
    case 'semver_eq':
    case 'semver_neq': {
      const expected = sortableSemver(value);
      const negate = operator === 'semver_neq';
      return (subject) => hogEquals(sortableSemver(subject), expected) !== negate;
    }
    case 'semver_gt':
    case 'semver_gte':
    case 'semver_lt':
    case 'semver_lte':
    case 'semver_tilde':
    case 'semver_caret':
    case 'semver_wildcard':
      // sortableSemver gives arrays, and cymbal's ordering comparisons accept numbers only.
      return () => {
        throw new HogError(`${operator}: cannot compare Array with Array: both sides must be numbers`);
      };
    case 'is_date_exact':
    case 'is_date_before':
    case 'is_date_after':
      throw new HogError(
        `${operator} compiles to toDateTime(), which cymbal's HogVM does not have: the rule cannot be saved`,
      );
    default:
      throw new HogError(`unsupported operator: ${operator}`);
  }
}
