/* eslint-disable @typescript-eslint/no-explicit-any -- reporters' JSON, read defensively */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Counts = { passed: number; failed: number; skipped: number };
type Step = {
  name: string;
  command: string[];
  env?: Record<string, string>;
  counts?: () => Counts;
  /** So the tail of a CI log says what broke. */
  failures?: () => string[];
};

const reports = mkdtempSync(join(tmpdir(), 'triage-console-test-'));
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');
const auditJson = join(reports, 'audit.json');

function readJson(file: string): any {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function firstLine(text: unknown): string {
  return (
    String(text ?? '')
      .split('\n')
      .find((line) => line.trim() !== '') ?? ''
  );
}

function playwrightFailures(suites: any[]): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec: any) =>
      (spec.tests ?? [])
        .filter((test: any) => test.status === 'unexpected' || test.status === 'flaky')
        .map((test: any) => {
          const error = test.results?.find((result: any) => result.error)?.error?.message;
          return `[${test.projectName}] ${spec.file}:${spec.line} ${spec.title} (${test.status}) — ${firstLine(error)}`;
        }),
    ),
    ...playwrightFailures(suite.suites ?? []),
  ]);
}

const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '-b'] },
  { name: 'lint', command: ['npm', 'run', '-s', 'lint'] },
  {
    // Counted as skipped when the registry's audit service does not answer (scripts/audit.ts).
    name: 'audit',
    command: ['node', '--import', 'tsx', 'scripts/audit.ts'],
    env: { AUDIT_RESULT_FILE: auditJson },
    counts: () => {
      const kind = readJson(auditJson)?.kind;
      if (kind === 'unreachable') return { passed: 0, failed: 0, skipped: 1 };
      return kind === 'clean' ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
    },
  },
  {
    name: 'unit',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    counts: () => {
      const report = readJson(vitestJson);
      if (!report) return { passed: 0, failed: 1, skipped: 0 };
      return {
        passed: report.numPassedTests,
        failed: report.numFailedTests,
        skipped: report.numPendingTests + report.numTodoTests,
      };
    },
    failures: () =>
      (readJson(vitestJson)?.testResults ?? []).flatMap((file: any) =>
        (file.assertionResults ?? [])
          .filter((test: any) => test.status === 'failed')
          .map((test: any) => `${file.name}: ${test.fullName} — ${firstLine(test.failureMessages?.[0])}`),
      ),
  },
  {
    name: 'e2e',
    command: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
    counts: () => {
      const stats = readJson(playwrightJson)?.stats;
      if (!stats) return { passed: 0, failed: 1, skipped: 0 };
      return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
    },
    failures: () => playwrightFailures(readJson(playwrightJson)?.suites ?? []),
  },
];

const only = process.argv.slice(2);
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];
const failedTests: string[] = [];
for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const ok = result.status === 0;
  const counts = step.counts?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1; // a crash with no failed test is still a failure
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  if (!ok) failedSteps.push(step.name);
  failedTests.push(...(step.failures?.() ?? []));
  console.log(`◀ ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
rmSync(reports, { recursive: true, force: true });

if (failedTests.length > 0) console.log(`\nFailed tests:\n${failedTests.map((name) => `  ✗ ${name}`).join('\n')}`);
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
