import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/server/store/database';

/**
 * Replaces environment 1's assignment rules with `count` rules (two filters each, a user assignee), ordered 0..n-1.
 * Answers their ids in order.
 */
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
