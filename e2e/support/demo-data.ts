import { resetDemo } from '../../src/server/demo/reset-demo';
import { openDatabase } from '../../src/server/store/database';

/**
 * Puts the running server's database back to the demo data, straight through SQLite (the server keeps
 * no cache, so its next request sees it). Specs that change data call this first.
 */
export function resetDemoData(dataDir: string): void {
  const db = openDatabase(dataDir);
  try {
    resetDemo(db);
  } finally {
    db.close();
  }
}
