import { openDatabase } from '../../src/server/store/database';

export function withDatabase<T>(dataDir: string, work: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(dataDir);
  try {
    return work(db);
  } finally {
    db.close();
  }
}
