import { resetDemo } from '../../src/server/demo/reset-demo';
import { withDatabase } from './database';

/**
 * Puts the running server's database back to the demo data, straight through SQLite (the server keeps
 * no cache, so its next request sees it). Specs that change data call this first.
 */
export function resetDemoData(dataDir: string): void {
  withDatabase(dataDir, resetDemo);
}
