import { useState } from 'react';
import { pageWindow } from '../../components/pagination/page-params';
import { PastLastPage, UrlPaginationBar } from '../../components/pagination/url-pagination-bar';
import { useListSearchParams } from '../../components/pagination/use-list-search-params';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { FilterBar } from '../../components/ui/filter-bar';
import { WriteScope } from '../../components/write-scope/write-scope';
import { PageHeader } from '../../components/ui/page-header';
import { QueryView } from '../../components/ui/query-view';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { useExternalReferences } from '../../data/external-references/get-external-references';
import { LinkTicketDialog } from './components/link-dialog/link-ticket-dialog';
import { ReferencesNote } from './components/list/references-note';
import { ReferencesTable } from './components/list/references-table';

export function ExternalReferencesPage() {
  const environment = useCurrentEnvironment();
  const { page: pageNumber, pageSize } = useListSearchParams();
  const references = useExternalReferences(environment.id, pageWindow(pageNumber, pageSize));
  const [linking, setLinking] = useState(false);

  return (
    <>
      <PageHeader
        title="External references"
        description="Tickets in GitHub, GitLab, Linear or Jira linked to issues, where the work on them happens."
      />
      <FilterBar helper="References are permanent in PostHog: close the ticket in its tracker instead.">
        <WriteScope>
          <Button variant="primary" onClick={() => setLinking(true)}>
            Link ticket
          </Button>
        </WriteScope>
      </FilterBar>
      <QueryView
        query={references}
        label="external references"
        isEmpty={(page) => page.rows.length === 0}
        empty={
          pageNumber > 1 ? (
            <PastLastPage label="references" />
          ) : (
            <EmptyState title={`No issue in ${environment.name} is linked to a ticket yet.`} />
          )
        }
      >
        {(page) => (
          <>
            <ReferencesNote rows={page.rows} />
            <ReferencesTable
              envId={environment.id}
              rows={page.rows}
              caption={`Tickets linked to issues in ${environment.name}`}
            />
            <UrlPaginationBar label="references" shown={page.rows.length} count={page.count} hasMore={page.hasMore} />
          </>
        )}
      </QueryView>
      <LinkTicketDialog open={linking} onClose={() => setLinking(false)} />
    </>
  );
}
