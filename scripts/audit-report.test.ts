import { describe, expect, it } from 'vitest';
import { classifyAudit } from './audit-report';

const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
  });

describe('classifyAudit (the audit step of npm test)', () => {
  it('passes a report without high or critical findings (low and moderate do not fail)', () => {
    expect(classifyAudit(report({ low: 2, moderate: 1 }), '')).toEqual({
      kind: 'clean',
      counts: { info: 0, low: 2, moderate: 1, high: 0, critical: 0 },
    });
  });

  it('fails on a high or critical finding and names the packages', () => {
    const outcome = classifyAudit(
      report(
        { high: 1, critical: 1 },
        { hono: { severity: 'high' }, left: { severity: 'critical' }, x: { severity: 'low' } },
      ),
      '',
    );
    expect(outcome).toMatchObject({ kind: 'findings', packages: ['hono (high)', 'left (critical)'] });
  });

  it('skips when the audit endpoint answers an HTTP error instead of a report', () => {
    // What this machine's registry proxy answers: the bulk advisory endpoint refuses POST.
    const stdout = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(classifyAudit(stdout, 'npm error audit endpoint returned an error')).toEqual({
      kind: 'unreachable',
      reason: 'HTTP 405',
    });
  });

  it('skips on a network error or a timeout', () => {
    const offline = JSON.stringify({
      error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed' },
    });
    expect(classifyAudit(offline, '')).toEqual({ kind: 'unreachable', reason: 'ENOTFOUND' });
    expect(classifyAudit('', '', true)).toEqual({ kind: 'unreachable', reason: 'npm audit timed out' });
  });

  it('fails on anything else, e.g. a missing lockfile', () => {
    const noLock = JSON.stringify({
      error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' },
    });
    expect(classifyAudit(noLock, '')).toEqual({
      kind: 'failed',
      reason: 'This command requires an existing lockfile.',
    });
  });
});
