import { spawn, spawnSync } from 'node:child_process';

export const spawnCli = (script: string, dataDir: string, argv: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/server/cli/${script}`, ...argv], {
    cwd: process.cwd(),
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });

export type CliRun = { status: number | null; stdout: string; stderr: string };

/** For a CLI that talks to a server in this process: a blocking spawn would keep that server from answering. */
export function spawnCliAsync(
  script: string,
  dataDir: string,
  argv: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/server/cli/${script}`, ...argv], {
    cwd: process.cwd(),
    env: { ...process.env, DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
