import type { ExternalReference } from '../../../../../contract/external-references';
import type { Row } from '../../../../../contract/rows';

/**
 * What the list cannot say, said plainly: PostHog keeps no order among references (a reference may move between
 * pages), and current PostHog does not send the issue a reference belongs to.
 */
export function ReferencesNote({ rows }: { rows: Row<ExternalReference>[] }) {
  const namesIssues = rows.some((row) => row.ok && row.value.issue !== undefined);
  return (
    <p className="field__hint references-note">
      PostHog lists references in no fixed order, so one may move to another page; each page is sorted here by tracker
      and ticket.
      {!namesIssues && ' PostHog does not say which issue a reference belongs to: each issue’s page lists its tickets.'}
    </p>
  );
}
