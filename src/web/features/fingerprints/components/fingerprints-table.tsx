import { Link } from 'react-router';
import type { FingerprintRow } from '../../../../contract/fingerprints';
import type { Row } from '../../../../contract/rows';
import { CopyButton, shortValue } from '../../../components/copy-button/copy-button';
import { RelativeTime } from '../../../components/ui/relative-time';
import { UnreadableRecord } from '../../../components/ui/unreadable-record';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { issuePagePath } from '../../../data/issues/issue-ref';

/** Keyed by the value, unique in an environment: the oldest PostHog sends no fingerprint id. */
export function FingerprintsTable({ fingerprints }: { fingerprints: readonly Row<FingerprintRow>[] }) {
  const environment = useCurrentEnvironment();
  return (
    <div className="table-scroll">
      <table className="data-table fingerprints-table">
        <caption className="visually-hidden">Fingerprints</caption>
        <thead>
          <tr>
            <th scope="col">Fingerprint</th>
            <th scope="col">Issue</th>
            <th scope="col">First seen</th>
          </tr>
        </thead>
        <tbody>
          {fingerprints.map((row, index) =>
            row.ok ? (
              <FingerprintTableRow key={row.value.fingerprint} fingerprint={row.value} envId={environment.id} />
            ) : (
              <tr key={`unreadable-${index}`}>
                <td colSpan={3}>
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

function FingerprintTableRow({ fingerprint, envId }: { fingerprint: FingerprintRow; envId: number }) {
  return (
    <tr>
      <th scope="row" className="fingerprints-table__value">
        <code>{fingerprint.fingerprint}</code>
        <CopyButton value={fingerprint.fingerprint} label={`Copy fingerprint ${shortValue(fingerprint.fingerprint)}`} />
      </th>
      <td>
        <Link to={issuePagePath(envId, fingerprint.issue_id)} className="fingerprints-table__issue">
          Issue <code>{fingerprint.issue_id.slice(0, 8)}</code>
        </Link>
      </td>
      <td>{fingerprint.first_seen ? <RelativeTime iso={fingerprint.first_seen} /> : 'Not seen yet'}</td>
    </tr>
  );
}
