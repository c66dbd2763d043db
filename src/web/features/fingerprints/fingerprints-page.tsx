import { EmptyState } from '../../components/ui/empty-state';
import { ListSummary } from '../../components/ui/list-summary';
import { PageHeader } from '../../components/ui/page-header';
import { QueryView } from '../../components/ui/query-view';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { formatDateTime } from '../../lib/format';
import { useFingerprints } from './api/get-fingerprints';

export function FingerprintsPage() {
  const environment = useCurrentEnvironment();
  const fingerprints = useFingerprints(environment.id);
  return (
    <>
      <PageHeader
        title="Fingerprints"
        description="The signatures that tie exceptions to issues. They move between issues only when issues are merged or split."
      />
      <QueryView
        query={fingerprints}
        label="fingerprints"
        isEmpty={(page) => page.results.length === 0}
        empty={<EmptyState title={`No fingerprints in ${environment.name} yet.`} />}
      >
        {(page) => (
          <>
            <ListSummary count={page.count} shown={page.results.length} singular="fingerprint" />
            <ul className="item-list">
              {page.results.map((fingerprint) => (
                <li key={fingerprint.id} className="item">
                  <p className="item__title">
                    <code className="break">{fingerprint.fingerprint}</code>
                  </p>
                  <p className="item__meta">
                    Issue <code>{fingerprint.issue_id}</code> · first seen {formatDateTime(fingerprint.first_seen)}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryView>
    </>
  );
}
