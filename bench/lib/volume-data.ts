import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/server/store/database';

export function loadVolume(
  db: Db,
  teamId: number,
  issues: number,
  fingerprints: number,
): { issueIds: string[]; values: string[] } {
  const issueIds = Array.from({ length: issues }, () => randomUUID());
  const values: string[] = [];
  const base = Date.parse('2026-06-01T00:00:00Z');
  db.transaction(() => {
    const insertIssue = db.prepare(
      `INSERT INTO issues (id, team_id, status, name, description, first_seen, created_at)
       VALUES (?, ?, 'active', ?, NULL, ?, ?)`,
    );
    issueIds.forEach((id, index) => {
      const seen = new Date(base + index * 60_000).toISOString();
      insertIssue.run(id, teamId, `Bench issue ${index}`, seen, seen);
    });
    const insertFingerprint = db.prepare(
      `INSERT INTO fingerprints (id, team_id, fingerprint, issue_id, created_at, first_seen) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertEvent = db.prepare(
      `INSERT INTO exception_events (uuid, team_id, issue_id, fingerprint, timestamp, distinct_id, session_id, properties)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = Date.now();
    const eventSpacing = (60 * 86_400_000) / fingerprints;
    for (let index = 0; index < fingerprints; index++) {
      const value = `bench-${index.toString(16).padStart(8, '0')}-${randomUUID().slice(0, 8)}`;
      const at = new Date(base + index * 1000).toISOString();
      const issueId = issueIds[index % issues]!;
      insertFingerprint.run(randomUUID(), teamId, value, issueId, at, at);
      const properties = {
        $exception_types: [index % 3 ? 'TypeError' : 'RangeError'],
        $exception_values: [`m${index}`],
      };
      const timestamp = new Date(now - index * eventSpacing).toISOString();
      insertEvent.run(
        randomUUID(),
        teamId,
        issueId,
        value,
        timestamp,
        `user-${index % 997}`,
        `s-${index % 3001}`,
        JSON.stringify(properties),
      );
      values.push(value);
    }
  })();
  return { issueIds, values };
}
