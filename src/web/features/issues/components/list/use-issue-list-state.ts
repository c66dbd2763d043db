import type { Assignee } from '../../../../../contract/assignee';
import { issueStatusSchema, type IssueStatus } from '../../../../../contract/issues';
import { parseAssigneeText } from '../../../../components/assignee-picker/parse-assignee-text';
import { useListSearchParams } from '../../../../components/pagination/use-list-search-params';
import {
  readIssueDirection,
  readIssueOrder,
  type IssueDirection,
  type IssueOrder,
} from '../../../../data/issues/issue-order';
import { readIssueSeenIn, type IssueSeenIn } from '../../../../data/issues/issue-seen-in';

export type AssigneeFilter = Assignee | 'unassigned';

export type IssueListFilters = {
  search: string;
  status: IssueStatus | null;
  assignee: AssigneeFilter | null;
  seenIn: IssueSeenIn;
  order: IssueOrder;
  direction: IssueDirection;
};

/** `?assignee=none` is "unassigned"; a user or role is `user:12` / `role:<uuid>`. */
const unassignedParam = 'none';

function readAssignee(value: string | null): AssigneeFilter | null {
  if (value === unassignedParam) return 'unassigned';
  return parseAssigneeText(value ?? '', { user: true, role: true });
}

export function readIssueFilters(params: URLSearchParams): IssueListFilters {
  const status = issueStatusSchema.safeParse(params.get('status'));
  return {
    search: params.get('q') ?? '',
    status: status.success ? status.data : null,
    assignee: readAssignee(params.get('assignee')),
    seenIn: readIssueSeenIn(params.get('seen')),
    order: readIssueOrder(params.get('order')),
    direction: readIssueDirection(params.get('dir')),
  };
}

export const assigneeParam = (assignee: AssigneeFilter | null) =>
  assignee === null ? null : assignee === 'unassigned' ? unassignedParam : `${assignee.type}:${assignee.id}`;

export const clearedFilters = { q: null, status: null, assignee: null } as const;

export function useIssueListState() {
  const { params, page, pageSize, update } = useListSearchParams();
  const filters = readIssueFilters(params);
  const filtered = filters.search.trim() !== '' || filters.status !== null || filters.assignee !== null;
  return { filters, filtered, page, pageSize, update };
}
