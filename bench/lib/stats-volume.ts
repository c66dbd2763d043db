import { randomUUID } from 'node:crypto';
import { deriveExceptionProperties, type Json } from '../../src/rule-engine';
import type { Db } from '../../src/server/store/database';
import { engineEvents, engineRules } from './engine-workload';

export const statsTeam = 3;
const dayMs = 86_400_000;

/**
 * Environment 3 with the engine workload's 150 rules (50 of each kind) and `count` exception events over the last
 * 30 days, stored as ingestion keeps them: cymbal's `$exception_*` arrays beside the exception list, the fingerprint
 * and its issue (2,000 issues).
 */
export function loadStatsVolume(
  db: Db,
  count: number,
): { ruleIds: Record<'grouping' | 'suppression' | 'assignment', string[]> } {
  db.prepare("INSERT INTO projects (id, name, created_at) VALUES (?, 'Statistics bench', ?)").run(
    statsTeam,
    new Date().toISOString(),
  );
  const rules = engineRules();
  const ruleIds = { grouping: [] as string[], suppression: [] as string[], assignment: [] as string[] };
  const issues = Array.from({ length: 2_000 }, (_, index) => ({
    id: randomUUID(),
    fingerprint: `bench-stats-${index}`,
  }));
  const now = Date.now();
  db.transaction(() => {
    const insertRule = db.prepare(
      `INSERT INTO rules (id, team_id, kind, filters, assignee, sampling_rate, order_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const created = new Date(now - 90 * dayMs).toISOString();
    const add = (
      kind: keyof typeof ruleIds,
      filters: unknown,
      orderKey: number,
      assignee: unknown,
      rate: number | null,
    ) => {
      const id = randomUUID();
      insertRule.run(
        id,
        statsTeam,
        kind,
        JSON.stringify(filters),
        assignee ? JSON.stringify(assignee) : null,
        rate,
        orderKey,
        created,
        created,
      );
      ruleIds[kind].push(id);
    };
    for (const rule of rules.grouping) add('grouping', rule.filters, rule.order_key, null, null);
    for (const rule of rules.suppression)
      add('suppression', rule.filters, rule.order_key, null, rule.sampling_rate ?? 1);
    for (const rule of rules.assignment) add('assignment', rule.filters, rule.order_key, rule.assignee, null);
    const insertIssue = db.prepare(
      `INSERT INTO issues (id, team_id, status, name, first_seen, created_at) VALUES (?, ?, 'active', ?, ?, ?)`,
    );
    const insertFingerprint = db.prepare(
      'INSERT INTO fingerprints (id, team_id, fingerprint, issue_id, created_at, first_seen) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const since = new Date(now - 60 * dayMs).toISOString();
    for (const issue of issues) {
      insertIssue.run(issue.id, statsTeam, 'Bench issue', since, since);
      insertFingerprint.run(randomUUID(), statsTeam, issue.fingerprint, issue.id, since, since);
    }
    const insertEvent = db.prepare(
      `INSERT INTO exception_events (uuid, team_id, issue_id, fingerprint, timestamp, distinct_id, session_id, library,
         properties) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    engineEvents(count).forEach((event, index) => {
      const issue = issues[index % issues.length]!;
      const properties: Record<string, Json> = {
        ...deriveExceptionProperties(event.properties),
        $exception_fingerprint: issue.fingerprint,
        $exception_issue_id: issue.id,
      };
      insertEvent.run(
        randomUUID(),
        statsTeam,
        issue.id,
        issue.fingerprint,
        new Date(now - ((index + 0.5) / count) * 30 * dayMs).toISOString(),
        `user-${index % 997}`,
        String(properties.$session_id),
        String(properties.$lib),
        JSON.stringify(properties),
      );
    });
  })();
  return { ruleIds };
}
