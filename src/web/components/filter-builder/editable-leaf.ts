import { z } from 'zod';
import { propertyFilterSchema, type PropertyFilter } from '../../../contract/filters';
import { type StoredFilterLeaf } from '../../../contract/stored-filters';

// A blank property is still a row being edited (the form says it is required), not a leaf to keep as it is.
const editableSchema = propertyFilterSchema.extend({ key: z.string() });

// Leaves are parsed once each: rows, pills, the search and the form all ask about the same objects.
const cache = new WeakMap<StoredFilterLeaf, PropertyFilter | null>();

/**
 * Null when this dashboard cannot edit the leaf (`{}`, HogQL, a null value, an operator it does not offer): such a
 * leaf is shown read-only and written back exactly as it came.
 */
export function editableLeaf(leaf: StoredFilterLeaf): PropertyFilter | null {
  let editable = cache.get(leaf);
  if (editable === undefined) {
    const parsed = leaf.type === 'hogql' ? null : editableSchema.safeParse(leaf);
    cache.set(leaf, (editable = parsed?.success ? parsed.data : null));
  }
  return editable;
}

const shortLength = 120;

export function shortJson(leaf: StoredFilterLeaf): string {
  const text = JSON.stringify(leaf);
  return text.length <= shortLength ? text : `${text.slice(0, shortLength - 1)}…`;
}

export const notEditablePrefix = 'Not editable here:';

export const notEditableText = (leaf: StoredFilterLeaf) => `${notEditablePrefix} ${shortJson(leaf)}`;
