import { shortId } from '../../../lib/short-id';
import { Link } from 'react-router';
import type { FingerprintRow } from '../../../../contract/fingerprints';
import type { Issue } from '../../../../contract/issues';
import type { Row } from '../../../../contract/rows';
import { CopyButton, shortValue } from '../../../components/copy-button/copy-button';
import { RelativeTime } from '../../../components/ui/relative-time';
import { UnreadableRecord } from '../../../components/ui/unreadable-record';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { issuePagePath, issueTitle } from '../../../data/issues/issue-ref';
import { useOwnerIssues } from './use-owner-issues';

type FingerprintsTableProps = {
  fingerprints: readonly Row<FingerprintRow>[];
  /** The page lists one issue's fingerprints: its column would repeat that issue on every row. */
  oneIssue?: boolean;
};

/** Keyed by the value, unique in an environment: the oldest PostHog sends no fingerprint id. */
export function FingerprintsTable({ fingerprints, oneIssue = false }: FingerprintsTableProps) {
  const environment = useCurrentEnvironment();
  const owners = useOwnerIssues(oneIssue ? [] : fingerprints.flatMap((row) => (row.ok ? [row.value.issue_id] : [])));
  const columns = oneIssue ? 2 : 3;
  return (
    <div className="table-scroll">
      <table className="data-table fingerprints-table">
        <caption className="visually-hidden">Fingerprints</caption>
        <thead>
          <tr>
            <th scope="col">Fingerprint</th>
            {!oneIssue && <th scope="col">Issue</th>}
            <th scope="col">First seen</th>
          </tr>
        </thead>
        <tbody>
          {fingerprints.map((row, index) =>
            row.ok ? (
              <FingerprintTableRow
                key={row.value.fingerprint}
                fingerprint={row.value}
                envId={environment.id}
                owner={oneIssue ? null : { issue: owners.get(row.value.issue_id) }}
              />
            ) : (
              <tr key={`unreadable-${index}`}>
                <td colSpan={columns}>
                  <UnreadableRecord row={row} noun="fingerprint" />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

type FingerprintTableRowProps = {
  fingerprint: FingerprintRow;
  envId: number;
  /** Null when the column is hidden; `issue` is unset until read (or when it could not be). */
  owner: { issue: Issue | undefined } | null;
};

function FingerprintTableRow({ fingerprint, envId, owner }: FingerprintTableRowProps) {
  return (
    <tr>
      <th scope="row" className="fingerprints-table__value">
        <code>{fingerprint.fingerprint}</code>
        <CopyButton value={fingerprint.fingerprint} label={`Copy fingerprint ${shortValue(fingerprint.fingerprint)}`} />
      </th>
      {owner && (
        <td className="fingerprints-table__owner" data-label="Issue">
          <Link to={issuePagePath(envId, fingerprint.issue_id)} className="fingerprints-table__issue">
            {owner.issue ? issueTitle(owner.issue) : 'Issue'}{' '}
            <code className="fingerprints-table__issue-id">{shortId(fingerprint.issue_id)}</code>
          </Link>
        </td>
      )}
      <td className="data-table__nowrap" data-label="First seen">
        {fingerprint.first_seen ? <RelativeTime iso={fingerprint.first_seen} /> : 'Not seen yet'}
      </td>
    </tr>
  );
}
