import { CopyButton, shortValue } from '../../../../components/copy-button/copy-button';
import { pageWindow } from '../../../../components/pagination/page-params';
import { PaginationBar } from '../../../../components/pagination/pagination-bar';
import { usePageState } from '../../../../components/pagination/use-page-state';
import { EmptyState } from '../../../../components/ui/empty-state';
import { QueryView } from '../../../../components/ui/query-view';
import { RelativeTime } from '../../../../components/ui/relative-time';
import { UnreadableRecord } from '../../../../components/ui/unreadable-record';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { useFingerprints } from '../../../../data/fingerprints/get-fingerprints';

export function IssueFingerprints({ issueId }: { issueId: string }) {
  const environment = useCurrentEnvironment();
  const pages = usePageState();
  const fingerprints = useFingerprints(environment.id, {
    issue_id: issueId,
    ...pageWindow(pages.page, pages.pageSize),
  });

  return (
    <QueryView
      query={fingerprints}
      label="fingerprints"
      isEmpty={(result) => result.count === 0}
      empty={<EmptyState title="This issue holds no fingerprints." />}
    >
      {(result) => (
        <>
          <ul className="fingerprint-list" aria-label="Fingerprints of this issue">
            {result.results.map((row, index) =>
              row.ok ? (
                <li key={row.value.fingerprint} className="fingerprint-list__item">
                  <code className="fingerprint-list__value">{row.value.fingerprint}</code>
                  <span className="fingerprint-list__meta">
                    {row.value.first_seen ? (
                      <>
                        first seen <RelativeTime iso={row.value.first_seen} />
                      </>
                    ) : (
                      'not seen yet'
                    )}
                  </span>
                  <CopyButton
                    value={row.value.fingerprint}
                    label={`Copy fingerprint ${shortValue(row.value.fingerprint)}`}
                  />
                </li>
              ) : (
                <li key={`unreadable-${index}`} className="fingerprint-list__item">
                  <UnreadableRecord row={row} noun="fingerprint" />
                </li>
              ),
            )}
          </ul>
          <PaginationBar
            {...pages}
            label="fingerprints"
            shown={result.results.length}
            count={result.count}
            hasMore={result.next !== null}
          />
        </>
      )}
    </QueryView>
  );
}
