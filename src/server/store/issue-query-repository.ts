import { assigneeSchema } from '../../contract/assignee';
import type { IssueQueryOrder } from '../../contract/issues';
import type { Db } from './database';
import { eventsInWindowSql, type EventWindow } from './exception-events-repository';
import { parseJsonObject } from './json-object';
import { withTextSearch } from './text-search';

export type IssueQueryFilter = EventWindow & {
  status: string | undefined;
  assignee: { type: 'user'; id: number } | { type: 'role'; id: string } | undefined;
  orderBy: IssueQueryOrder;
  direction: 'ASC' | 'DESC';
  limit: number;
  offset: number;
};

export type IssueAggregateRow = {
  id: string;
  name: string | null;
  description: string | null;
  status: string;
  assignee: { type: 'user'; id: number } | { type: 'role'; id: string } | null;
  first_seen: string | null;
  last_seen: string;
  library: string | null;
  source: string | null;
  occurrences: number;
  users: number;
  sessions: number;
};

type Raw = Omit<IssueAggregateRow, 'assignee'> & { assignee: string | null };

/** As PostHog's ErrorTrackingQuery; sorted by `orderBy`, then id, so pages never overlap. */
export function queryIssues(db: Db, teamId: number, filter: IssueQueryFilter): IssueAggregateRow[] {
  const events = eventsInWindowSql(teamId, filter);
  const where = ['i.team_id = ?'];
  const params: unknown[] = [...events.params, teamId];
  if (filter.status !== undefined) {
    where.push('i.status = ?');
    params.push(filter.status);
  }
  if (filter.assignee) {
    // The column holds JSON; json_extract gives a user id back as an integer and a role id as text.
    where.push("json_extract(i.assignee, '$.type') = ? AND json_extract(i.assignee, '$.id') = ?");
    params.push(filter.assignee.type, filter.assignee.id);
  }
  // SQLite's bare columns give library and properties of the latest event (one max() only); MATERIALIZED and CROSS JOIN
  // keep SQLite from redoing the aggregation per issue (seconds at 10k events).
  const sql = `WITH ev AS MATERIALIZED (${events.sql}),
    agg AS MATERIALIZED (
      SELECT issue_id, COUNT(*) AS occurrences, COUNT(DISTINCT distinct_id) AS users,
        COUNT(DISTINCT NULLIF(session_id, '')) AS sessions, MAX(timestamp) AS last_seen,
        library, properties AS last_properties
      FROM ev GROUP BY issue_id
    )
    SELECT i.id, i.name, i.description, i.status, i.assignee,
      (SELECT MIN(fp.first_seen) FROM fingerprints fp WHERE fp.team_id = i.team_id AND fp.issue_id = i.id) AS first_seen,
      a.last_seen, a.library, json_extract(a.last_properties, '$."$exception_sources"[#-1]') AS source,
      a.occurrences, a.users, a.sessions
    FROM agg a CROSS JOIN issues i ON i.id = a.issue_id
    WHERE ${where.join(' AND ')}
    ORDER BY ${filter.orderBy} ${filter.direction} NULLS LAST, i.id
    LIMIT ? OFFSET ?`;
  const rows = withTextSearch(db)
    .prepare(sql)
    .all(...params, filter.limit, filter.offset) as Raw[];
  return rows.map((row) => {
    const assignee = assigneeSchema.safeParse(parseJsonObject(row.assignee));
    return { ...row, assignee: assignee.success ? assignee.data : null };
  });
}
