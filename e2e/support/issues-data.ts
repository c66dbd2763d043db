import { withDatabase } from './database';

export type DistinctIssue = { id: string; name: string; description: string; status: string; fingerprints: number };

export const distinctIssues = (dataDir: string) =>
  withDatabase(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT i.id, i.name, i.description, i.status,
             (SELECT COUNT(*) FROM fingerprints f WHERE f.issue_id = i.id) AS fingerprints
           FROM issues i WHERE i.team_id = 1 AND i.description IN (
             SELECT description FROM issues WHERE team_id = 1 GROUP BY description HAVING COUNT(*) = 1)
           ORDER BY fingerprints, i.id`,
        )
        .all() as DistinctIssue[],
  );
