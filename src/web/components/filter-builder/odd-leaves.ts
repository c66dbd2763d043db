import type { StoredFilterLeaf } from '../../../contract/stored-filters';

/** Test support: keys in the order PostHog writes them, so a test that compares JSON compares bytes. */
export const oddLeaves: readonly StoredFilterLeaf[] = [
  { key: '$pathname', type: 'event', operator: 'is_cleaned_path_exact', value: '/checkout/:id' },
  { operator: 'flag_evaluates_to', value: true, key: 'new-checkout', type: 'flag' },
  {},
  { type: 'hogql', key: "properties.$lib = 'web'", value: null },
  { value: null, key: '$lib', type: 'event', operator: 'exact', label: 'kept as stored' },
];
