import { isRecord } from './json-guard';

const pythonFalsy = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === false ||
  value === 0 ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.keys(value).length === 0);

/**
 * Django's `has_filter_values`: whether a filter tree holds a leaf anywhere. Suppression and assignment rules
 * without one are saved as match-all (`return true`); a non-object entry counts, so that validation rejects it.
 */
export function hasFilterValues(filters: unknown, depth = 0): boolean {
  if (!isRecord(filters) || pythonFalsy(filters.values)) return false;
  if (!Array.isArray(filters.values) || depth > 64) return true;
  return filters.values.some((value) => !isRecord(value) || 'key' in value || hasFilterValues(value, depth + 1));
}
