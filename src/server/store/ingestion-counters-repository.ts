import type { Db } from './database';
import { prepared } from './prepared';

export type IngestionCounter = 'ingested' | 'ignored' | 'duplicate' | 'suppressed' | 'issue_suppressed' | 'rejected';
export type IngestionCount = { counter: IngestionCounter; detail: string; value: number };

export function addIngestionCounts(db: Db, teamId: number, counts: IngestionCount[]): void {
  const upsert = prepared(
    db,
    `INSERT INTO ingestion_counters (team_id, counter, detail, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (team_id, counter, detail) DO UPDATE SET value = value + excluded.value`,
  );
  for (const { counter, detail, value } of counts) upsert.run(teamId, counter, detail, value);
}

export function readIngestionCounts(db: Db, teamId: number): IngestionCount[] {
  return db
    .prepare('SELECT counter, detail, value FROM ingestion_counters WHERE team_id = ? ORDER BY counter, detail')
    .all(teamId) as IngestionCount[];
}
