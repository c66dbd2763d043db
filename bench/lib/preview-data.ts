import { randomUUID } from 'node:crypto';
import { deriveExceptionProperties } from '../../src/rule-engine';
import type { Db } from '../../src/server/store/database';
import { insertExceptionEvent } from '../../src/server/store/exception-events-repository';
import { engineEvents, engineRules } from './engine-workload';

/**
 * Environment 1 with the engine workload's 50 rules of each kind instead of the demo's, and `count` exception
 * events over the last 6 days in 700 issues, stored as ingestion stores them (the `$exception_*` arrays derived).
 */
export function loadPreviewVolume(db: Db, count: number): void {
  const rules = engineRules();
  const issues = Array.from({ length: 700 }, () => randomUUID());
  const now = Date.now();
  db.transaction(() => {
    db.prepare('DELETE FROM rules WHERE team_id = 1').run();
    const insertRule = db.prepare(
      `INSERT INTO rules (id, team_id, kind, filters, assignee, sampling_rate, order_key, disabled_data, created_at,
         updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    for (const kind of ['grouping', 'suppression', 'assignment'] as const) {
      rules[kind].forEach((rule, index) => {
        const at = new Date(now - 30 * 86_400_000 + index * 1000).toISOString();
        const fields = rule as { assignee?: unknown; sampling_rate?: number };
        insertRule.run(
          randomUUID(),
          kind,
          JSON.stringify(rule.filters),
          kind === 'assignment' ? JSON.stringify(fields.assignee) : null,
          kind === 'suppression' ? fields.sampling_rate : null,
          index,
          at,
          at,
        );
      });
    }
    const insertIssue = db.prepare(
      `INSERT INTO issues (id, team_id, status, name, description, first_seen, created_at)
       VALUES (?, 1, 'active', ?, NULL, ?, ?)`,
    );
    const seen = new Date(now - 7 * 86_400_000).toISOString();
    issues.forEach((id, index) => insertIssue.run(id, `Preview issue ${index}`, seen, seen));
    engineEvents(count).forEach((event, index) => {
      const issueId = issues[index % issues.length]!;
      insertExceptionEvent(db, {
        uuid: randomUUID(),
        teamId: 1,
        issueId,
        fingerprint: `preview-${issueId}`,
        timestamp: new Date(now - 60_000 - index * ((6 * 86_400_000) / count)).toISOString(),
        distinctId: `user-${index % 997}`,
        library: 'web',
        properties: { ...deriveExceptionProperties(event.properties), $exception_fingerprint: `preview-${issueId}` },
      });
    });
  })();
}
