import type { ExternalReference } from '../../../../../contract/external-references';
import type { Row } from '../../../../../contract/rows';
import { trackerLabel } from '../tracker/tracker-kinds';

const text = (reference: ExternalReference) => [
  trackerLabel(reference.integration.kind),
  reference.integration.display_name,
  reference.external_url,
];

function compare(a: ExternalReference, b: ExternalReference): number {
  const [left, right] = [text(a), text(b)];
  for (let index = 0; index < left.length; index += 1) {
    const [x, y] = [left[index]!.toLowerCase(), right[index]!.toLowerCase()];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * One page's rows by tracker, integration and ticket address, unreadable rows last. PostHog's list has no order of
 * its own (no ORDER BY), so without this the same page could come back shuffled.
 */
export function sortReferences(rows: readonly Row<ExternalReference>[]): Row<ExternalReference>[] {
  const readable = rows.filter((row) => row.ok).sort((a, b) => compare(a.value, b.value));
  return [...readable, ...rows.filter((row) => !row.ok)];
}
