import type { Upstream } from '../../connected/upstream-config';
import { buildExceptionQuery } from '../../hogql/build-exception-query';
import { readExceptionRows } from '../recent-exceptions/read-exception-rows';
import { runHogQLQuery, type HogQLRun } from '../recent-exceptions/run-hogql-query';
import { upstreamQueryTransport } from '../recent-exceptions/upstream-query-transport';
import { EventTable, type EventTableData } from './event-table';
import { projectProperties } from './project-properties';
import type { StatsProjection } from './stats-projection';

/** PostHog's largest answer to one HogQL query. */
const largestPage = 50_000;
export const ruleStatsQueryName = 'triage-console: rule statistics';

/**
 * The newest `cap` events of the window from PostHog, page by page (the console's exception query with an
 * OFFSET); an event already read (the pages shift while new events arrive) is taken once.
 */
export async function readUpstreamEvents(
  upstream: Upstream,
  teamId: number,
  projection: StatsProjection,
  days: number,
  { cap, pageSize = largestPage }: { cap: number; pageSize?: number },
): Promise<EventTableData> {
  const run: HogQLRun = {
    transport: upstreamQueryTransport(upstream),
    teamId,
    budgetMs: upstream.timeoutMs,
    name: ruleStatsQueryName,
  };
  const table = new EventTable();
  for (let offset = 0; offset < cap; offset += pageSize) {
    const limit = Math.min(pageSize, cap - offset);
    const response = await runHogQLQuery(run, buildExceptionQuery({ days, limit, offset }));
    const { events, skipped } = readExceptionRows(response, limit);
    table.skipped += skipped;
    for (const event of events) {
      const { uuid, timestamp, issue_id, fingerprint, properties } = event;
      table.add(uuid, Date.parse(timestamp), issue_id, fingerprint, projectProperties(properties, projection));
    }
    if (response.results.length < limit) return table.data(false);
  }
  const beyond = await runHogQLQuery(run, buildExceptionQuery({ days, limit: 1, offset: cap }));
  return table.data(beyond.results.length > 0);
}
