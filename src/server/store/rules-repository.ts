import { randomUUID } from 'node:crypto';
import type { Assignee } from '../../contract/assignee';
import type { PaginationParams } from '../../contract/common';
import type { DisabledData } from '../../contract/disabled-data';
import type { StoredFilterGroup } from '../../contract/stored-filters';
import type { Rule, RuleKind, RuleOf } from '../../contract/rules';
import { nowIso } from '../http/clock';
import type { Db } from './database';
import { fromJson, toJson } from './json-column';
import { prepared } from './prepared';

type RuleRow = {
  id: string;
  filters: string;
  assignee: string | null;
  description: string | null;
  sampling_rate: number | null;
  order_key: number;
  disabled_data: string | null;
  created_at: string;
  updated_at: string | null;
};

export type RuleFields = {
  filters?: StoredFilterGroup;
  assignee?: Assignee | null;
  description?: string | null;
  sampling_rate?: number;
};
export type RuleCreateFields = RuleFields & { filters: StoredFilterGroup; order_key?: number };

type KindFields<K extends RuleKind> = Omit<
  RuleOf<K>,
  'id' | 'filters' | 'order_key' | 'disabled_data' | 'created_at' | 'updated_at'
>;

const kinds: { [K in RuleKind]: { fields: (row: RuleRow) => KindFields<K>; defaults: RuleFields } } = {
  assignment: {
    fields: (row) => ({ assignee: fromJson<Assignee>(row.assignee) }),
    defaults: { assignee: null },
  },
  grouping: {
    // `issue` is filled by the list only, as PostHog does (see groupingRuleIssue).
    fields: (row) => ({ assignee: fromJson<Assignee>(row.assignee), description: row.description, issue: null }),
    defaults: { assignee: null, description: null },
  },
  suppression: {
    fields: (row) => ({ sampling_rate: row.sampling_rate ?? 1 }),
    defaults: { sampling_rate: 1 },
  },
};

const writers: { [F in keyof RuleFields]-?: (value: RuleFields[F]) => unknown } = {
  filters: toJson,
  assignee: toJson,
  description: (value) => value,
  sampling_rate: (value) => value,
};
const writableColumns = Object.keys(writers) as Array<keyof RuleFields>;

const columns = 'id, filters, assignee, description, sampling_rate, order_key, disabled_data, created_at, updated_at';
const scope = 'team_id = ? AND kind = ?';

function toRule<K extends RuleKind>(kind: K, row: RuleRow): RuleOf<K> {
  return {
    id: row.id,
    filters: fromJson<StoredFilterGroup>(row.filters)!,
    ...kinds[kind].fields(row),
    order_key: row.order_key,
    disabled_data: fromJson<DisabledData>(row.disabled_data),
    created_at: row.created_at,
    updated_at: row.updated_at,
  } as RuleOf<K>;
}

export function listRules<K extends RuleKind>(
  db: Db,
  teamId: number,
  kind: K,
  page?: PaginationParams,
): { count: number; results: RuleOf<K>[] } {
  const limit = page ? 'LIMIT ? OFFSET ?' : '';
  const rows = db
    .prepare(`SELECT ${columns} FROM rules WHERE ${scope} ORDER BY order_key, created_at, id ${limit}`)
    .all(teamId, kind, ...(page ? [page.limit, page.offset] : [])) as RuleRow[];
  const { count } = db.prepare(`SELECT COUNT(*) AS count FROM rules WHERE ${scope}`).get(teamId, kind) as {
    count: number;
  };
  return { count, results: rows.map((row) => toRule(kind, row)) };
}

export function getRule<K extends RuleKind>(db: Db, teamId: number, kind: K, id: string): RuleOf<K> | null {
  const row = db.prepare(`SELECT ${columns} FROM rules WHERE ${scope} AND id = ?`).get(teamId, kind, id) as
    RuleRow | undefined;
  return row ? toRule(kind, row) : null;
}

export function createRule<K extends RuleKind>(db: Db, teamId: number, kind: K, input: RuleCreateFields): RuleOf<K> {
  const { order_key = 0, ...rest } = input;
  const fields: RuleFields = { ...kinds[kind].defaults, ...rest };
  const id = randomUUID();
  const now = nowIso();
  const set = writableColumns.filter((column) => fields[column] !== undefined);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO rules (id, team_id, kind, order_key, created_at, updated_at, ${set.join(', ')})
       VALUES (?, ?, ?, ?, ?, ?, ${set.map(() => '?').join(', ')})`,
    ).run(id, teamId, kind, order_key, now, now, ...set.map((column) => writers[column](fields[column] as never)));
  })();
  return getRule(db, teamId, kind, id)!;
}

/** Every successful update re-enables the rule. */
export function updateRule(db: Db, teamId: number, kind: RuleKind, id: string, fields: RuleFields): boolean {
  const set = writableColumns.filter((column) => fields[column] !== undefined);
  const assignments = [...set.map((column) => `${column} = ?`), 'disabled_data = NULL', 'updated_at = ?'];
  return db.transaction(
    () =>
      db
        .prepare(`UPDATE rules SET ${assignments.join(', ')} WHERE ${scope} AND id = ?`)
        .run(...set.map((column) => writers[column](fields[column] as never)), nowIso(), teamId, kind, id).changes > 0,
  )();
}

export function deleteRule(db: Db, teamId: number, kind: RuleKind, id: string): boolean {
  return db.transaction(
    () => db.prepare(`DELETE FROM rules WHERE ${scope} AND id = ?`).run(teamId, kind, id).changes > 0,
  )();
}

/** Like PostHog, updated_at stays. */
export function reorderRules(db: Db, teamId: number, kind: RuleKind, orders: Record<string, number>): void {
  const update = db.prepare(`UPDATE rules SET order_key = ? WHERE ${scope} AND id = ?`);
  db.transaction(() => {
    for (const [id, orderKey] of Object.entries(orders)) update.run(orderKey, teamId, kind, id.toLowerCase());
  })();
}

/** The issue a grouping rule's exceptions were grouped into: the one holding fingerprint `custom-rule:<rule id>`. */
export function groupingRuleIssue(db: Db, teamId: number, ruleId: string): { id: string; name: string | null } | null {
  const row = db
    .prepare(
      `SELECT issues.id, issues.name FROM fingerprints JOIN issues ON issues.id = fingerprints.issue_id
       WHERE fingerprints.team_id = ? AND fingerprints.fingerprint = ? AND issues.team_id = ?`,
    )
    .get(teamId, `custom-rule:${ruleId}`, teamId) as { id: string; name: string | null } | undefined;
  return row ?? null;
}

export type EnabledRules = { [K in RuleKind]: RuleOf<K>[] };

/** What ingestion evaluates, as cymbal loads it: rules whose `disabled_data` is null, in one query. */
export function listEnabledRules(db: Db, teamId: number): EnabledRules {
  const rows = prepared(
    db,
    `SELECT kind, ${columns} FROM rules WHERE team_id = ? AND disabled_data IS NULL
     ORDER BY order_key, created_at, id`,
  ).all(teamId) as Array<RuleRow & { kind: RuleKind }>;
  const rules: EnabledRules = { assignment: [], grouping: [], suppression: [] };
  for (const row of rows) (rules[row.kind] as Rule[]).push(toRule(row.kind, row));
  return rules;
}

/** What cymbal writes when evaluating a rule failed; the rule is skipped from then on. `at`: when ingestion ran. */
export function disableRule(
  db: Db,
  teamId: number,
  kind: RuleKind,
  id: string,
  data: Record<string, unknown>,
  at: string,
): void {
  prepared(
    db,
    `UPDATE rules SET disabled_data = ?, updated_at = ? WHERE ${scope} AND id = ? AND disabled_data IS NULL`,
  ).run(JSON.stringify(data), at, teamId, kind, id);
}
