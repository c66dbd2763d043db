import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/server/store/database';

export function loadAssignmentRules(db: Db, count: number): string[] {
  const ids = Array.from({ length: count }, () => randomUUID());
  db.prepare("DELETE FROM rules WHERE team_id = 1 AND kind = 'assignment'").run();
  const insert = db.prepare(
    `INSERT INTO rules (id, team_id, kind, filters, assignee, order_key, created_at, updated_at)
     VALUES (?, 1, 'assignment', ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    ids.forEach((id, index) => {
      const filters = {
        type: index % 3 === 0 ? 'OR' : 'AND',
        values: [
          { key: '$exception_types', type: 'event', operator: 'exact', value: [`Error${index}`, 'TypeError'] },
          { key: '$current_url', type: 'event', operator: 'icontains', value: `/page/${index}` },
        ],
      };
      const at = new Date(Date.parse('2026-01-01T00:00:00Z') + index * 1000).toISOString();
      insert.run(id, JSON.stringify(filters), JSON.stringify({ type: 'user', id: 1 + (index % 8) }), index, at, at);
    });
  })();
  return ids;
}

/** `filters` is the stored text, byte for byte (it need not be valid). */
export function insertRule(
  db: Db,
  {
    kind,
    filters,
    orderKey,
    assignee = null,
  }: { kind: string; filters: string; orderKey: number; assignee?: string | null },
): string {
  const id = randomUUID();
  const at = new Date().toISOString();
  db.prepare(
    `INSERT INTO rules (id, team_id, kind, filters, assignee, order_key, created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?)`,
  ).run(id, kind, filters, assignee, orderKey, at, at);
  return id;
}

export function spreadOrderKeys(db: Db, kind: string): void {
  const ids = db
    .prepare('SELECT id FROM rules WHERE team_id = 1 AND kind = ? ORDER BY order_key, created_at, id')
    .all(kind) as { id: string }[];
  const update = db.prepare('UPDATE rules SET order_key = ? WHERE id = ?');
  db.transaction(() => ids.forEach(({ id }, index) => update.run(index * 2, id)))();
}

export function storedRule(db: Db, id: string): { filters: string; order_key: number } {
  return db.prepare('SELECT filters, order_key FROM rules WHERE id = ?').get(id) as {
    filters: string;
    order_key: number;
  };
}

export function orderKeys(db: Db, kind: string): Record<string, number> {
  const rows = db.prepare('SELECT id, order_key FROM rules WHERE team_id = 1 AND kind = ?').all(kind) as {
    id: string;
    order_key: number;
  }[];
  return Object.fromEntries(rows.map((row) => [row.id, row.order_key]));
}

export function ruleContents(db: Db, kind: string): { filters: string; assignee: string | null }[] {
  return db
    .prepare('SELECT filters, assignee FROM rules WHERE team_id = 1 AND kind = ? ORDER BY order_key, created_at, id')
    .all(kind) as { filters: string; assignee: string | null }[];
}
