import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export type RulesCliRun = { status: number | null; stdout: string; stderr: string };

/**
 * `npm run rules -- ARGS` on a data directory, as someone at a terminal beside the server would run it: the local
 * store, whatever PostHog the shell that started the tests names.
 */
export function runRulesCli(dataDir: string, args: string[]): RulesCliRun {
  const run = spawnSync('npm', ['run', '-s', 'rules', '--', ...args], {
    env: {
      ...process.env,
      DATA_DIR: resolve(dataDir),
      POSTHOG_HOST: '',
      POSTHOG_PERSONAL_API_KEY: '',
      CONSOLE_API_KEY: '',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
