import { z } from 'zod';
import { paginatedSchema } from '../../../contract/common';
import { issueSchema } from '../../../contract/issues';
import { readRows, type Row } from '../../../contract/rows';
import { api } from '../../lib/api-client';
import { environmentPath, withQuery } from '../../lib/api-paths';
import { issuesPath } from './keys';
import { rowOfIssue, type IssueRow } from './issue-row';

const restPageSchema = paginatedSchema(z.unknown());

const firstSeenOf = (row: Row<IssueRow>) => (row.ok && row.value.first_seen ? Date.parse(row.value.first_seen) : NaN);

/** Older PostHog's only issue list takes just limit and offset and promises no order, so the page is sorted here. */
export async function listIssuesViaRest(
  envId: number,
  direction: 'ASC' | 'DESC',
  window: { limit: number; offset: number },
  signal?: AbortSignal,
) {
  const path = withQuery(environmentPath(envId, issuesPath), {
    limit: window.limit,
    offset: window.offset || undefined,
  });
  const page = await api.get(path, restPageSchema, { signal });
  const rows = readRows(issueSchema, page.results).map((row): Row<IssueRow> =>
    row.ok ? { ok: true, value: rowOfIssue(row.value) } : row,
  );
  const sign = direction === 'DESC' ? -1 : 1;
  const sorted = rows.toSorted((a, b) => {
    const [x, y] = [firstSeenOf(a), firstSeenOf(b)];
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return sign * (x - y);
  });
  return { rows: sorted, count: page.count, hasMore: page.next !== null };
}
