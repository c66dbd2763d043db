import type { Assignee } from '../../../../contract/assignee';
import { issueStatusSchema, type IssueStatus } from '../../../../contract/issues';
import { parseAssigneeText } from '../../../components/assignee-picker/parse-assignee-text';
import { useListSearchParams } from '../../../components/pagination/use-list-search-params';

export type IssueListFilters = { search: string; status: IssueStatus | null; assignee: Assignee | null };

/** `?q=&status=&assignee=user:7|role:<uuid>&page=&size=`; values that do not parse are ignored. */
export function readIssueFilters(params: URLSearchParams): IssueListFilters {
  const status = issueStatusSchema.safeParse(params.get('status'));
  return {
    search: params.get('q') ?? '',
    status: status.success ? status.data : null,
    assignee: parseAssigneeText(params.get('assignee') ?? '', { user: true, role: true }),
  };
}

export const assigneeParam = (assignee: Assignee | null) => (assignee ? `${assignee.type}:${assignee.id}` : null);

/** The issue list's page, page size and filters, kept in the URL. */
export function useIssueListState() {
  const { params, page, pageSize, update } = useListSearchParams();
  const filters = readIssueFilters(params);
  const filtered = filters.search.trim() !== '' || filters.status !== null || filters.assignee !== null;
  return { filters, filtered, page, pageSize, update };
}
