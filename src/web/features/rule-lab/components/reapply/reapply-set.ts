import type { IssueListQuery } from '../../../../data/issues/list-issues';
import { isUnassigned, rowAssignee, type IssueRow } from '../../../../data/issues/issue-row';
import { seenInDateFrom, seenInLabel } from '../../../../data/issues/issue-seen-in';
import { issueStatusLabels } from '../../../../data/issues/issue-ref';
import { sameAssignee } from '../../../../data/issues/unseen-change';
import { readIssueFilters, type IssueListFilters } from '../../../issues';

export const reapplySetOptions = [
  { value: 'unassigned', label: 'Unassigned active issues' },
  { value: 'stale', label: 'Assigned by a rule that no longer picks them' },
  { value: 'active', label: 'All active issues' },
  { value: 'filters', label: 'The Issues page’s filters' },
] as const;

export type ReapplySet = (typeof reapplySetOptions)[number]['value'];

export const reapplySetHints: Record<ReapplySet, string> = {
  unassigned: 'Active issues nobody is assigned to.',
  stale:
    'Active issues whose assignee is not the one today’s rules pick, as when the rule that assigned them was ' +
    'changed or deleted. PostHog does not record who assigned an issue, so one assigned by hand shows here too.',
  active: 'Every active issue, assigned or not.',
  filters: 'The issues the Issues page shows with its filters.',
};

/** What the re-apply view reads and keeps; `stale` keeps only rows whose assignee differs from today's pick. */
export type ReapplyScope = {
  set: ReapplySet;
  query: IssueListQuery;
  keep: (row: IssueRow) => boolean;
  onlyStale: boolean;
  /** The Issues page's filters, for `filters`. */
  filters: IssueListFilters | null;
};

const issueFilterParams = ['q', 'status', 'assignee', 'seen'] as const;

/** `?set=`, else the Issues page's filters when it sent any, else the unassigned issues. */
export function readReapplySet(params: URLSearchParams): ReapplySet {
  const named = reapplySetOptions.find((option) => option.value === params.get('set'))?.value;
  if (named) return named;
  return issueFilterParams.some((name) => params.has(name)) ? 'filters' : 'unassigned';
}

const activeQuery: IssueListQuery = { status: 'active', dateFrom: 'all', orderBy: 'first_seen' };

const isActive = (row: IssueRow) => row.status === undefined || row.status === 'active';

function filtersQuery(filters: IssueListFilters): IssueListQuery {
  return {
    search: filters.search,
    status: filters.status,
    assignee: filters.assignee === 'unassigned' ? null : filters.assignee,
    dateFrom: seenInDateFrom(filters.seenIn),
    orderBy: filters.order,
    orderDirection: filters.direction,
  };
}

/** Status and assignee are checked here too: a PostHog without the query endpoint filters neither. */
function keepFiltered(filters: IssueListFilters) {
  return (row: IssueRow) => {
    if (filters.status !== null && row.status !== undefined && row.status !== filters.status) return false;
    if (filters.assignee === 'unassigned') return isUnassigned(row);
    return filters.assignee === null || sameAssignee(rowAssignee(row), filters.assignee);
  };
}

export function reapplyScope(set: ReapplySet, params: URLSearchParams): ReapplyScope {
  switch (set) {
    case 'unassigned':
      return {
        set,
        query: activeQuery,
        keep: (row) => isActive(row) && isUnassigned(row),
        onlyStale: false,
        filters: null,
      };
    case 'stale':
      return {
        set,
        query: activeQuery,
        keep: (row) => isActive(row) && !isUnassigned(row),
        onlyStale: true,
        filters: null,
      };
    case 'active':
      return { set, query: activeQuery, keep: isActive, onlyStale: false, filters: null };
    case 'filters': {
      const filters = readIssueFilters(params);
      return { set, query: filtersQuery(filters), keep: keepFiltered(filters), onlyStale: false, filters };
    }
  }
}

/** The Issues page's filters in words: "status Active, search “checkout”, seen in the last 30 days". */
export function describeIssueFilters(
  filters: IssueListFilters,
  assigneeName: (row: IssueListFilters['assignee']) => string,
) {
  const parts = [
    filters.status && `status ${issueStatusLabels[filters.status]}`,
    filters.assignee && `assignee ${assigneeName(filters.assignee)}`,
    filters.search.trim() && `search “${filters.search.trim()}”`,
    `seen in ${seenInLabel(filters.seenIn).toLowerCase()}`,
  ];
  return parts.filter(Boolean).join(', ');
}
