import { useId } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../../components/ui/empty-state';
import { Button } from '../../../../components/ui/button';
import { PastLastPage, UrlPaginationBar } from '../../../../components/pagination/url-pagination-bar';
import { pageWindow } from '../../../../components/pagination/page-params';
import { PageHeader } from '../../../../components/ui/page-header';
import { QueryView } from '../../../../components/ui/query-view';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { seenInDateFrom, seenInLabel } from '../../../../data/issues/issue-seen-in';
import { useIssues, type IssueListFilter } from '../../../../data/issues/get-issues';
import { IssueFilters } from './issue-filters';
import { UnassignedNote } from './unassigned-note';
import { IssuesTable } from './issues-table';
import { reapplyPath } from '../../../rule-lab';
import { assigneeParam, useIssueListState, type IssueListFilters } from './use-issue-list-state';
import './issue-list.css';

const listQuery = (filters: IssueListFilters): IssueListFilter => ({
  search: filters.search,
  status: filters.status,
  assignee: filters.assignee,
  dateFrom: seenInDateFrom(filters.seenIn),
  orderBy: filters.order,
  orderDirection: filters.direction,
});

/** The list's filters for re-applying assignment rules to these issues; none leaves it at its own default. */
function reapplySearch(filters: IssueListFilters, filtered: boolean): string {
  if (!filtered) return '';
  const params = new URLSearchParams({ set: 'filters', seen: filters.seenIn });
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (filters.status) params.set('status', filters.status);
  const assignee = assigneeParam(filters.assignee);
  if (assignee) params.set('assignee', assignee);
  return params.toString();
}

export function IssueList() {
  const environment = useCurrentEnvironment();
  const { filters, filtered, page, pageSize, update } = useIssueListState();
  const issues = useIssues(environment.id, listQuery(filters), pageWindow(page, pageSize));
  const limited = issues.data?.limited ?? false;
  const noteId = useId();
  const window = seenInLabel(filters.seenIn).toLowerCase();

  const emptyState =
    page > 1 ? (
      <PastLastPage label={filtered && !limited ? 'matching issues' : 'issues'} />
    ) : limited ? (
      <EmptyState title={`No issues in ${environment.name} yet.`} />
    ) : filtered ? (
      <EmptyState title={`No issues seen in ${window} match these filters.`} />
    ) : (
      <EmptyState title={`No issues in ${environment.name} were seen in ${window}.`}>
        {filters.seenIn !== 'all' && <Button onClick={() => update({ seen: 'all' })}>Show all time</Button>}
      </EmptyState>
    );

  return (
    <>
      <div className="page-heading">
        <PageHeader
          title="Issues"
          description="Groups of similar exceptions. Rules decide how exceptions are grouped into issues and who owns them."
        />
        <Link to={reapplyPath(environment.id, reapplySearch(filters, filtered))} className="button">
          Re-apply assignment rules…
        </Link>
      </div>
      <IssueFilters
        filters={filters}
        filtered={filtered}
        disabled={limited}
        describedBy={limited ? noteId : undefined}
        update={update}
      />
      {limited && (
        <p id={noteId} className="notice" role="note">
          This PostHog cannot search, filter or order issues through the API (that needs a newer PostHog): the list
          shows every issue, unfiltered, and each page is sorted by first seen on its own.
        </p>
      )}
      {!limited && issues.data?.unassigned && <UnassignedNote extent={issues.data.unassigned} />}
      <QueryView query={issues} label="issues" isEmpty={(result) => result.rows.length === 0} empty={emptyState}>
        {(result) => (
          <div className="issue-list" aria-busy={issues.isPlaceholderData || undefined}>
            <IssuesTable rows={result.rows} />
            <UrlPaginationBar label="issues" shown={result.rows.length} count={result.count} hasMore={result.hasMore} />
          </div>
        )}
      </QueryView>
    </>
  );
}
