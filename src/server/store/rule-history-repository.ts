import type { HistoryListParams } from '../../contract/rule-history-api';
import type {
  HistoryAction,
  HistoryActor,
  HistoryEntry,
  HistoryEntryDetail,
  RuleSnapshot,
} from '../../contract/rule-history';
import { ruleKinds, type RuleKind } from '../../contract/rules';
import { nowIso } from '../http/clock';
import type { Db } from './database';
import { prepared } from './prepared';
import { deleteUnusedRuleLists, readRuleList, saveRuleList } from './rule-lists-repository';

export type NewHistoryEntry = {
  actor: HistoryActor;
  action: HistoryAction;
  kinds: RuleKind[];
  ruleIds: string[];
  planLabel: string | null;
};

type ListIds = { assignment_list: number; grouping_list: number; suppression_list: number };
type EntryRow = ListIds & {
  id: number;
  recorded_at: string;
  actor_type: HistoryActor['type'];
  actor_name: string | null;
  action: HistoryAction;
  kinds: string;
  rule_ids: string;
  plan_label: string | null;
};

const columns =
  'id, recorded_at, actor_type, actor_name, action, kinds, rule_ids, plan_label, assignment_list, grouping_list, suppression_list';

function toActor(type: HistoryActor['type'], name: string | null): HistoryActor {
  if (type === 'person') return { type, name: name ?? '' };
  if (type === 'api_key') return { type, label: name ?? '' };
  return { type, name: null };
}

const actorName = (actor: HistoryActor) =>
  actor.type === 'person' ? actor.name : actor.type === 'api_key' ? actor.label : null;

function toEntry(row: EntryRow): HistoryEntry {
  return {
    id: row.id,
    recorded_at: row.recorded_at,
    actor: toActor(row.actor_type, row.actor_name),
    action: row.action,
    kinds: JSON.parse(row.kinds) as RuleKind[],
    rule_ids: JSON.parse(row.rule_ids) as string[],
    plan_label: row.plan_label,
  };
}

function readSnapshot(db: Db, lists: ListIds): RuleSnapshot {
  return {
    assignment: readRuleList(db, 'assignment', lists.assignment_list),
    grouping: readRuleList(db, 'grouping', lists.grouping_list),
    suppression: readRuleList(db, 'suppression', lists.suppression_list),
  };
}

/** The newest entry's lists as stored (ids and digests), without reading their bodies. */
export type LatestLists = { entryId: number; lists: { [K in RuleKind]: { id: number; digest: string } } };

export function latestLists(db: Db, teamId: number): LatestLists | null {
  const row = prepared(
    db,
    `SELECT h.id, a.id AS a_id, a.digest AS a_digest, g.id AS g_id, g.digest AS g_digest, s.id AS s_id,
       s.digest AS s_digest
     FROM rule_history h JOIN rule_lists a ON a.id = h.assignment_list JOIN rule_lists g ON g.id = h.grouping_list
       JOIN rule_lists s ON s.id = h.suppression_list
     WHERE h.team_id = ? ORDER BY h.id DESC LIMIT 1`,
  ).get(teamId) as Record<'id' | 'a_id' | 'g_id' | 's_id', number> &
    Record<'a_digest' | 'g_digest' | 's_digest', string>;
  if (!row) return null;
  return {
    entryId: row.id,
    lists: {
      assignment: { id: row.a_id, digest: row.a_digest },
      grouping: { id: row.g_id, digest: row.g_digest },
      suppression: { id: row.s_id, digest: row.s_digest },
    },
  };
}

/** Adds an entry with the state after it, then keeps only the environment's newest `keep` entries. */
export function recordHistoryEntry(
  db: Db,
  teamId: number,
  entry: NewHistoryEntry,
  snapshot: RuleSnapshot,
  keep: number,
): HistoryEntry {
  return db.transaction(() => {
    const [assignment, grouping, suppression] = ruleKinds.map((kind) => saveRuleList(db, teamId, kind, snapshot[kind]));
    const { id } = prepared(
      db,
      `INSERT INTO rule_history (team_id, recorded_at, actor_type, actor_name, action, kinds, rule_ids, plan_label,
         assignment_list, grouping_list, suppression_list)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(
      teamId,
      nowIso(),
      entry.actor.type,
      actorName(entry.actor),
      entry.action,
      JSON.stringify(entry.kinds),
      JSON.stringify(entry.ruleIds),
      entry.planLabel,
      assignment,
      grouping,
      suppression,
    ) as { id: number };
    const pruned = prepared(
      db,
      `DELETE FROM rule_history WHERE team_id = ? AND id <= (
         SELECT id FROM rule_history WHERE team_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
    ).run(teamId, teamId, keep);
    if (pruned.changes > 0) deleteUnusedRuleLists(db, teamId);
    const row = prepared(db, `SELECT ${columns} FROM rule_history WHERE id = ?`).get(id) as EntryRow;
    return toEntry(row);
  })();
}

/** Newest first; `next_before` is set while older entries match. */
export function listHistoryEntries(
  db: Db,
  teamId: number,
  { kind, actor, rule, before, limit }: HistoryListParams,
): { results: HistoryEntry[]; next_before: number | null } {
  const where = ['team_id = ?'];
  const args: unknown[] = [teamId];
  if (before !== undefined) {
    where.push('id < ?');
    args.push(before);
  }
  if (kind !== undefined) {
    where.push('EXISTS (SELECT 1 FROM json_each(kinds) WHERE value = ?)');
    args.push(kind);
  }
  if (rule !== undefined) {
    where.push('EXISTS (SELECT 1 FROM json_each(rule_ids) WHERE value = ?)');
    args.push(rule.toLowerCase());
  }
  if (actor !== undefined) {
    where.push('actor_type = ? AND actor_name IS ?');
    args.push(actor.type, actorName(actor));
  }
  const rows = db
    .prepare(`SELECT ${columns} FROM rule_history WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`)
    .all(...args, limit + 1) as EntryRow[];
  const results = rows.slice(0, limit).map(toEntry);
  return { results, next_before: rows.length > limit ? results[results.length - 1]!.id : null };
}

export function getHistoryEntry(db: Db, teamId: number, id: number): HistoryEntryDetail | null {
  const row = db.prepare(`SELECT ${columns} FROM rule_history WHERE team_id = ? AND id = ?`).get(teamId, id) as
    EntryRow | undefined;
  if (!row) return null;
  const before = db
    .prepare(`SELECT ${columns} FROM rule_history WHERE team_id = ? AND id < ? ORDER BY id DESC LIMIT 1`)
    .get(teamId, id) as EntryRow | undefined;
  return { ...toEntry(row), snapshot: readSnapshot(db, row), previous: before ? readSnapshot(db, before) : null };
}

/** The newest entry's state in full. */
export function latestSnapshot(db: Db, teamId: number): RuleSnapshot | null {
  const row = prepared(db, `SELECT ${columns} FROM rule_history WHERE team_id = ? ORDER BY id DESC LIMIT 1`).get(
    teamId,
  ) as EntryRow | undefined;
  return row ? readSnapshot(db, row) : null;
}

/** Everyone in the kept history, the most recent first. */
export function listHistoryActors(db: Db, teamId: number): HistoryActor[] {
  const rows = db
    .prepare(
      `SELECT actor_type, actor_name FROM rule_history WHERE team_id = ?
       GROUP BY actor_type, actor_name ORDER BY MAX(id) DESC`,
    )
    .all(teamId) as Array<Pick<EntryRow, 'actor_type' | 'actor_name'>>;
  return rows.map((row) => toActor(row.actor_type, row.actor_name));
}
