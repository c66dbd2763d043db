import { Link } from 'react-router';
import type { Fingerprint } from '../../../contract/fingerprints';
import { CopyButton, shortValue } from '../../components/copy-button/copy-button';
import { RelativeTime } from '../../components/ui/relative-time';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { issuePagePath } from '../../lib/issues/issue-ref';

/** One row per fingerprint: its value (with a copy button), its issue (linked) and when it was first seen. */
export function FingerprintsTable({ fingerprints }: { fingerprints: readonly Fingerprint[] }) {
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
          {fingerprints.map((fingerprint) => (
            <tr key={fingerprint.id}>
              <th scope="row" className="fingerprints-table__value">
                <code>{fingerprint.fingerprint}</code>
                <CopyButton
                  value={fingerprint.fingerprint}
                  label={`Copy fingerprint ${shortValue(fingerprint.fingerprint)}`}
                />
              </th>
              <td>
                <Link to={issuePagePath(environment.id, fingerprint.issue_id)} className="fingerprints-table__issue">
                  Issue <code>{fingerprint.issue_id.slice(0, 8)}</code>
                </Link>
              </td>
              <td>{fingerprint.first_seen ? <RelativeTime iso={fingerprint.first_seen} /> : 'Not seen yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
