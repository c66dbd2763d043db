import { EmptyState } from '../../../components/ui/empty-state';
import { Button } from '../../../components/ui/button';
import { PastLastPage, UrlPaginationBar } from '../../../components/pagination/url-pagination-bar';
import { pageWindow } from '../../../components/pagination/page-params';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryView } from '../../../components/ui/query-view';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { useIssues } from '../api/get-issues';
import { IssueFilters } from './issue-filters';
import { IssuesTable } from './issues-table';
import { useIssueListState } from './use-issue-list-state';

/** The issues of the environment, filtered and paged on the server, with the state in the URL. */
export function IssueList() {
  const environment = useCurrentEnvironment();
  const { filters, filtered, page, pageSize, update } = useIssueListState();
  const issues = useIssues(environment.id, filters, pageWindow(page, pageSize));

  const emptyState =
    page > 1 ? (
      <PastLastPage label={filtered ? 'matching issues' : 'issues'} />
    ) : filtered ? (
      <EmptyState title="No issues match these filters.">
        <Button onClick={() => update({ q: null, status: null, assignee: null })}>Clear filters</Button>
      </EmptyState>
    ) : (
      <EmptyState title={`No issues in ${environment.name} yet.`} />
    );

  return (
    <>
      <PageHeader
        title="Issues"
        description="Groups of similar exceptions. Rules decide how exceptions are grouped into issues and who owns them."
      />
      <IssueFilters filters={filters} filtered={filtered} update={update} />
      <QueryView query={issues} label="issues" isEmpty={(result) => result.results.length === 0} empty={emptyState}>
        {(result) => (
          <div className="issue-list" aria-busy={issues.isPlaceholderData || undefined}>
            <IssuesTable issues={result.results} />
            <UrlPaginationBar
              label="issues"
              shown={result.results.length}
              count={result.count}
              hasMore={result.hasMore}
            />
          </div>
        )}
      </QueryView>
    </>
  );
}
