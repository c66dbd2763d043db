import type { Assignee } from '../../../../../contract/assignee';
import { issueStatusSchema, type IssueStatus } from '../../../../../contract/issues';
import { parseAssigneeText } from '../../../../components/assignee-picker/parse-assignee-text';
import { useListSearchParams } from '../../../../components/pagination/use-list-search-params';
import { readIssueOrder, type IssueOrder } from '../../../../data/issues/issue-order';
import { readIssueSeenIn, type IssueSeenIn } from '../../../../data/issues/issue-seen-in';

export type IssueListFilters = {
  search: string;
  status: IssueStatus | null;
  assignee: Assignee | null;
  seenIn: IssueSeenIn;
  order: IssueOrder;
};

export function readIssueFilters(params: URLSearchParams): IssueListFilters {
  const status = issueStatusSchema.safeParse(params.get('status'));
  return {
    search: params.get('q') ?? '',
    status: status.success ? status.data : null,
    assignee: parseAssigneeText(params.get('assignee') ?? '', { user: true, role: true }),
    seenIn: readIssueSeenIn(params.get('seen')),
    order: readIssueOrder(params.get('order')),
  };
}

export const assigneeParam = (assignee: Assignee | null) => (assignee ? `${assignee.type}:${assignee.id}` : null);

export const clearedFilters = { q: null, status: null, assignee: null } as const;

export function useIssueListState() {
  const { params, page, pageSize, update } = useListSearchParams();
  const filters = readIssueFilters(params);
  const filtered = filters.search.trim() !== '' || filters.status !== null || filters.assignee !== null;
  return { filters, filtered, page, pageSize, update };
}
