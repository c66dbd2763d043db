import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dataDir = resolve(process.env.DATA_DIR ?? '.e2e-data/local');
if (!dataDir.includes('.e2e-data')) throw new Error(`Refusing to wipe ${dataDir}: e2e data lives under .e2e-data/`);
rmSync(dataDir, { recursive: true, force: true });
await import('../../src/server/main');
