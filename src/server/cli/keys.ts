import { resolve } from 'node:path';
import { openDatabase, type Db } from '../store/database';
import { runKeysCli } from './keys-commands';

// Same data directory rule as the server (config.ts), without the server's other settings.
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
let db: Db | undefined;
const result = runKeysCli(process.argv.slice(2), () => (db = openDatabase(dataDir)));
db?.close();
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
