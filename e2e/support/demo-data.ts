import { resetDemo } from '../../src/server/demo/reset-demo';
import { withDatabase } from './database';

/** Straight through SQLite: the server keeps no cache, so its next request sees it. */
export function resetDemoData(dataDir: string): void {
  withDatabase(dataDir, resetDemo);
}
