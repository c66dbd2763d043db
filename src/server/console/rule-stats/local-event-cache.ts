import type { Db } from '../../store/database';
import { eventRowsSince, iterateProjectedEvents, listParts } from '../../store/projected-events-repository';
import { projectProperties } from './project-properties';
import type { StatsProjection } from './stats-projection';

/** One stored event as read: `tuple` -1 when its properties could not be read. */
type CachedEvent = { rowid: number; uuid: string; time: number; fingerprint: string; issue: string; tuple: number };

/**
 * The projected events of one environment, newest first, from `from` on, at most `cap` (`capped`: there were more).
 * Stored events do not change: what was read is kept, and only events stored since are read the next time. Any
 * other change (events deleted: retention, a reset) reads everything again.
 */
export type CachedRead = {
  from: number;
  cap: number;
  capped: boolean;
  events: CachedEvent[];
  tuples: string[];
  tupleIndex: Map<string, number>;
  count: number;
  last: number;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));

function storedProperties(json: unknown, library: unknown, session: unknown): Record<string, unknown> {
  const parsed: Record<string, unknown> = JSON.parse(text(json));
  // As the local query API serves them: `$lib` and `$session_id` from their columns unless the properties hold them.
  return {
    ...(typeof library === 'string' ? { $lib: library } : {}),
    ...(typeof session === 'string' && session !== '' ? { $session_id: session } : {}),
    ...parsed,
  };
}

/** Newest first, equal times in uuid order, as PostHog's query orders them (`timestamp DESC, uuid DESC`). */
const newestFirst = (a: CachedEvent, b: CachedEvent) =>
  b.time - a.time || (a.uuid < b.uuid ? 1 : a.uuid > b.uuid ? -1 : 0);

/** SQLite sorted by time only (a sort by uuid too costs a pass over every row): events of the same ms in order. */
function orderTies(events: CachedEvent[]): CachedEvent[] {
  for (let start = 0; start < events.length;) {
    let end = start + 1;
    while (end < events.length && events[end]!.time === events[start]!.time) end++;
    if (end - start > 1) events.splice(start, end - start, ...events.slice(start, end).sort(newestFirst));
    start = end;
  }
  return events;
}

/** Two lists in `newestFirst` order as one. */
function merge(a: CachedEvent[], b: CachedEvent[]): CachedEvent[] {
  const merged: CachedEvent[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) merged.push(newestFirst(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  return merged.concat(a.slice(i), b.slice(j));
}

/** Whether a tuple's values leave a derived property the rules read null: missing, perhaps, and to be derived. */
function derivedNull(projection: StatsProjection): (plain: string) => boolean {
  const positions = projection.derived.map((key) => projection.keys.indexOf(key));
  const known = new Map<string, boolean>();
  return (plain) => {
    let found = known.get(plain);
    if (found === undefined) {
      const values: unknown[] = JSON.parse(plain);
      found = positions.some((position) => values[position] === null);
      known.set(plain, found);
    }
    return found;
  };
}

function readRows(
  db: Db,
  teamId: number,
  projection: StatsProjection,
  read: CachedRead,
  afterRowid: number,
): CachedEvent[] {
  const events: CachedEvent[] = [];
  const texts: (string | null)[] = [];
  const needList: number[] = [];
  const lacksDerived = derivedNull(projection);
  const query = { from: new Date(read.from).toISOString(), limit: read.cap + 1, afterRowid };
  for (const row of iterateProjectedEvents(db, teamId, projection, query)) {
    const [rowid, uuid, time, fingerprint, issue, readable, hasList, ...rest] = row;
    let tuple: string | null = null;
    if (readable) {
      tuple = projection.whole
        ? projectProperties(storedProperties(rest[0], rest[1], rest[2]), projection)
        : text(rest[0]);
      if (hasList && !projection.whole && lacksDerived(tuple.slice(0, tuple.indexOf('\u0000')))) {
        needList.push(Number(rowid));
      }
    }
    texts.push(tuple);
    events.push({
      rowid: Number(rowid),
      uuid: text(uuid),
      time: Math.round(Number(time)),
      fingerprint: text(fingerprint),
      issue: text(issue),
      tuple: -1,
    });
  }
  const lists = needList.length > 0 ? listParts(db, projection, needList) : null;
  events.forEach((event, index) => {
    const base = texts[index];
    if (base === null || base === undefined) return;
    const list = lists?.get(event.rowid);
    const tupleText = list ? `${base}\u0000${list}` : base;
    let tuple = read.tupleIndex.get(tupleText);
    if (tuple === undefined) {
      tuple = read.tuples.length;
      read.tuples.push(tupleText);
      read.tupleIndex.set(tupleText, tuple);
    }
    event.tuple = tuple;
  });
  return events;
}

const reads = new WeakMap<Db, Map<string, CachedRead>>();
/** Projections differ only when the rules read other properties: a few per environment at most. */
const keptPerDatabase = 8;

/** The environment's events from `from` on, at most `cap`, read again only as far as needed. */
export function cachedRead(db: Db, teamId: number, projection: StatsProjection, from: number, cap: number): CachedRead {
  let byKey = reads.get(db);
  if (!byKey) {
    byKey = new Map();
    reads.set(db, byKey);
  }
  const key = `${teamId}\u0000${cap}\u0000${JSON.stringify(projection)}`;
  const known = byKey.get(key);
  const rows = eventRowsSince(db, teamId, known?.last ?? 0);
  if (known && known.from <= from && rows.count === known.count && rows.last === known.last) return known;
  if (known && known.from <= from && rows.count === known.count + rows.after) {
    const added = readRows(db, teamId, projection, known, known.last);
    const events = merge(orderTies(added), known.events);
    known.capped ||= events.length > cap;
    known.events = events.slice(0, cap);
    known.count = rows.count;
    known.last = rows.last;
    return known;
  }
  const read: CachedRead = {
    from,
    cap,
    capped: false,
    events: [],
    tuples: [],
    tupleIndex: new Map(),
    count: rows.count,
    last: rows.last,
  };
  const events = orderTies(readRows(db, teamId, projection, read, 0));
  read.capped = events.length > cap;
  read.events = events.slice(0, cap);
  byKey.delete(key);
  byKey.set(key, read);
  if (byKey.size > keptPerDatabase) byKey.delete(byKey.keys().next().value!);
  return read;
}
