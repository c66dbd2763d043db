import type { Db } from '../../store/database';
import { iterateProjectedEvents } from '../../store/projected-events-repository';
import { EventTable, type EventTableData } from './event-table';
import { projectProperties } from './project-properties';
import type { StatsProjection } from './stats-projection';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Whole properties as the local query API serves them: `$lib` and `$session_id` from their columns unless set. */
function storedProperties(json: string, library: unknown, session: unknown): Record<string, unknown> {
  const parsed: Record<string, unknown> = JSON.parse(json);
  return {
    ...(typeof library === 'string' ? { $lib: library } : {}),
    ...(typeof session === 'string' && session !== '' ? { $session_id: session } : {}),
    ...parsed,
  };
}

/** The newest `cap` events of the window from this server's exception events, only what the rules read. */
export function readLocalEvents(
  db: Db,
  teamId: number,
  projection: StatsProjection,
  from: number,
  cap: number,
): EventTableData {
  const table = new EventTable();
  let rows = 0;
  const query = { from: new Date(from).toISOString(), limit: cap + 1, ...projection };
  for (const row of iterateProjectedEvents(db, teamId, query)) {
    if (++rows > cap) return table.data(true);
    const [uuid, timestamp, issue, fingerprint, readable, library, session, ...columns] = row;
    if (!readable || typeof uuid !== 'string' || typeof timestamp !== 'string') {
      table.skipped++;
      continue;
    }
    const values = projection.whole
      ? projectProperties(storedProperties(String(columns[0]), library, session), projection)
      : columns.map(text);
    table.add(uuid, Date.parse(timestamp), text(issue), text(fingerprint), values);
  }
  return table.data(false);
}
