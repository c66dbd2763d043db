import type { UnassignedScanExtent } from '../../../../data/issues/list-issues';
import { countOf } from '../../../../lib/format';

/** "Unassigned" is the one filter PostHog's query lacks: the list says that it was applied here, and over what. */
export function UnassignedNote({ extent }: { extent: UnassignedScanExtent }) {
  const read = extent.complete
    ? `all ${countOf(extent.checked, 'issue')} matching the other filters`
    : `the first ${countOf(extent.checked, 'issue')} matching the other filters, in the chosen order,`;
  return (
    <p className="notice" role="note">
      PostHog’s issue query cannot filter for issues without an assignee, so this console read {read} and shows the
      unassigned ones among them.
      {!extent.complete && ' More issues match: narrow the other filters to check the rest.'}
    </p>
  );
}
