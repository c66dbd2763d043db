import { EmptyState } from '../../components/ui/empty-state';
import { ListSummary } from '../../components/ui/list-summary';
import { PageHeader } from '../../components/ui/page-header';
import { QueryView } from '../../components/ui/query-view';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { safeHttpUrl } from '../../lib/safe-url';
import { useExternalReferences } from './api/get-external-references';

export function ExternalReferencesPage() {
  const environment = useCurrentEnvironment();
  const references = useExternalReferences(environment.id);
  return (
    <>
      <PageHeader
        title="External references"
        description="Tickets in GitHub, GitLab, Linear or Jira linked to issues. References are permanent: they cannot be deleted."
      />
      <QueryView
        query={references}
        label="external references"
        isEmpty={(page) => page.results.length === 0}
        empty={<EmptyState title={`No issue in ${environment.name} is linked to a ticket yet.`} />}
      >
        {(page) => (
          <>
            <ListSummary count={page.count} shown={page.results.length} singular="reference" />
            <ul className="item-list">
              {page.results.map((reference) => {
                const href = safeHttpUrl(reference.external_url);
                return (
                  <li key={reference.id} className="item">
                    <p className="item__title">
                      {href ? (
                        <a href={href} target="_blank" rel="noreferrer">
                          {reference.external_url}
                          <span className="visually-hidden"> (opens in a new tab)</span>
                        </a>
                      ) : (
                        reference.external_url
                      )}
                    </p>
                    <p className="item__meta">
                      {reference.integration.display_name} ({reference.integration.kind})
                    </p>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </QueryView>
    </>
  );
}
