import { resolve } from 'node:path';
import { openDatabase, type Db } from '../store/database';
import type { CliResult } from './cli-support';

export function runCliProcess(run: (argv: string[], openDb: () => Db) => CliResult): void {
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  let db: Db | undefined;
  const result = run(process.argv.slice(2), () => (db = openDatabase(dataDir)));
  db?.close();
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
