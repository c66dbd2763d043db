import { openDatabase } from '../../src/server/store/database';

/** Runs `work` on the database of the server the browser talks to (the stand-in PostHog's in connected mode). */
export function withDatabase<T>(dataDir: string, work: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(dataDir);
  try {
    return work(db);
  } finally {
    db.close();
  }
}
