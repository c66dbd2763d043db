import { issueQueryInputSchema } from '../../contract/issues';
import type { FakeIssue } from './issue-fixtures';

const unitMs: Record<string, number> = { h: 3_600_000, d: 86_400_000 };
/** PostHog's error tracking query reads `all` as four years back. */
const allMs = 4 * 365 * unitMs.d!;

function windowStart(dateFrom: string | undefined, now: number): number {
  if (dateFrom === 'all') return now - allMs;
  const relative = /^-(\d+)([hd])$/.exec(dateFrom ?? '-7d');
  if (relative) return now - Number(relative[1]) * unitMs[relative[2]!]!;
  return Date.parse(dateFrom ?? '');
}

const sortValue: Record<string, (issue: FakeIssue) => number> = {
  last_seen: (issue) => Date.parse(issue.last_seen),
  first_seen: (issue) => (issue.first_seen ? Date.parse(issue.first_seen) : 0),
  occurrences: (issue) => issue.occurrences,
  users: (issue) => issue.users,
  sessions: (issue) => issue.users,
};

/**
 * `POST …/query/issues/` as PostHog answers it, written from its source: its defaults (7 days, active, by
 * occurrences, 10 rows), only issues seen in the window, compact rows with float aggregates and no
 * `external_issues`, `hasMore` and `nextOffset` instead of a count. Test accounts are not modelled.
 */
export function answerIssueQuery(issues: readonly FakeIssue[], body: unknown, oddRows: readonly unknown[] = []) {
  const parsed = issueQueryInputSchema.safeParse(body);
  if (!parsed.success)
    return {
      status: 400,
      body: {
        type: 'validation_error',
        code: 'invalid_input',
        detail: parsed.error.issues[0]?.message ?? 'Invalid.',
        attr: null,
      },
    };
  const query = parsed.data;
  const from = windowStart(query.dateRange?.date_from, Date.now());
  const text = query.searchQuery?.toLowerCase() ?? '';
  const value = sortValue[query.orderBy]!;
  const sign = query.orderDirection === 'ASC' ? 1 : -1;
  const matching = issues
    .filter((issue) => Date.parse(issue.last_seen) >= from)
    .filter((issue) => query.status === 'all' || issue.status === query.status)
    .filter(
      (issue) =>
        !query.assignee ||
        (issue.assignee?.type === query.assignee.type && String(issue.assignee.id) === String(query.assignee.id)),
    )
    .filter((issue) => !text || `${issue.name ?? ''} ${issue.description ?? ''}`.toLowerCase().includes(text))
    .toSorted((a, b) => sign * (value(a) - value(b)) || a.id.localeCompare(b.id));
  const page = matching.slice(query.offset, query.offset + query.limit).map((issue) => ({
    id: issue.id,
    name: issue.name,
    description: issue.description,
    status: issue.status,
    severity: null,
    first_seen: issue.first_seen,
    last_seen: issue.last_seen,
    library: 'web',
    source: null,
    assignee: issue.assignee,
    aggregations: { occurrences: issue.occurrences, users: issue.users, sessions: issue.users },
  }));
  const hasMore = matching.length > query.offset + query.limit;
  const results = query.offset === 0 ? [...oddRows, ...page] : page;
  return {
    status: 200,
    body: {
      results,
      hasMore,
      limit: query.limit,
      offset: query.offset,
      ...(hasMore ? { nextOffset: query.offset + query.limit } : {}),
    },
  };
}
