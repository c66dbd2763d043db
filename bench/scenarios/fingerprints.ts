import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/server/store/database';
import { makeTestServer } from '../../src/server/test-support';
import type { BenchRow } from '../lib/result';
import { percentile, round, time } from '../lib/stats';
import { loadVolume } from '../lib/volume-data';

const issues = 5_000;
const fingerprints = 100_000;
const runs = 200;

export async function fingerprintsScenario(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tc-bench-fp-'));
  try {
    const server = makeTestServer({ db: openDatabase(dataDir), rateLimits: { perMinute: 1e9, perHour: 1e9 } });
    const loadStarted = performance.now();
    const { issueIds, values } = loadVolume(server.db, 1, issues, fingerprints);
    const loadMs = performance.now() - loadStarted;
    const base = '/api/projects/1/error_tracking/fingerprints/';
    const lastOffset = fingerprints - 100;
    let pick = 0;
    const next = <T>(list: T[]) => list[(pick = (pick * 7919 + 13) % list.length)]!;
    const expectOk = async (path: string) => {
      const response = await server.app.request(path, { headers: { Authorization: `Bearer ${server.key}` } });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    };
    const cases: Array<[string, () => Promise<void>]> = [
      ['list, first page', () => expectOk(base)],
      ['list, last page', () => expectOk(`${base}?offset=${lastOffset}`)],
      ['filter by issue', () => expectOk(`${base}?issue_id=${next(issueIds)}`)],
      ['resolve', () => expectOk(`${base}resolve/?fingerprint=${encodeURIComponent(next(values))}`)],
    ];
    const rows: BenchRow[] = [
      {
        scenario: 'fingerprints',
        metric: `load ${fingerprints} fingerprints / ${issues} issues`,
        value: round(loadMs, 0),
        unit: 'ms',
      },
    ];
    for (const [name, run] of cases) {
      const samples = await time(run, runs);
      const p95 = percentile(samples, 95);
      rows.push({ scenario: 'fingerprints', metric: `${name} p50`, value: round(percentile(samples, 50)), unit: 'ms' });
      rows.push({
        scenario: 'fingerprints',
        metric: `${name} p95`,
        value: round(p95),
        unit: 'ms',
        target: '< 20 ms',
        ok: p95 < 20,
      });
    }
    server.db.close();
    return rows;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
