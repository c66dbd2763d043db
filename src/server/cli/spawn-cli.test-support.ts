import { spawnSync } from 'node:child_process';

export const spawnCli = (script: string, dataDir: string, argv: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/server/cli/${script}`, ...argv], {
    cwd: process.cwd(),
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
