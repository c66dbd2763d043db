// Skipped when the registry's audit service does not answer: it is not reachable from every machine.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { classifyAudit } from './audit-report';

const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
});
const outcome = classifyAudit(result.stdout ?? '', result.stderr ?? '', result.error !== undefined);
if (process.env.AUDIT_RESULT_FILE) writeFileSync(process.env.AUDIT_RESULT_FILE, JSON.stringify(outcome));

switch (outcome.kind) {
  case 'clean':
    console.log(
      `audit: no high or critical vulnerability in production dependencies ${JSON.stringify(outcome.counts)}`,
    );
    break;
  case 'findings':
    console.log(
      `audit: high or critical vulnerabilities in ${outcome.packages.join(', ')}; run \`npm audit\` for details`,
    );
    process.exitCode = 1;
    break;
  case 'unreachable':
    console.log(`audit skipped: registry audit service unreachable (${outcome.reason})`);
    break;
  case 'failed':
    console.error(`audit failed: ${outcome.reason}`);
    process.exitCode = 1;
}
