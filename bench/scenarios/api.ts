import { createPersonalApiKey } from '../../src/server/gateway/personal-api-keys';
import { startBenchServer } from '../lib/bench-server';
import { httpClient, runLoad, type LoadResult } from '../lib/load';
import type { BenchRow } from '../lib/result';
import { loadAssignmentRules } from '../../e2e/support/rules-data';
import { round } from '../lib/stats';
import { loadVolume } from '../lib/volume-data';

const rules = 100;
const fingerprints = 100_000;
const issues = 5_000;
const bounds = { maxRequests: 2_000, maxMs: 2_000 };
const concurrencies = [1, 16];

const filters = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] }],
};

const pick = <T>(list: T[], n: number) => list[(n * 7919 + 13) % list.length]!;

export async function apiScenario(): Promise<BenchRow[]> {
  let ruleIds: string[] = [];
  let values: string[] = [];
  let key = '';
  const server = await startBenchServer(
    (db) => {
      ruleIds = loadAssignmentRules(db, rules);
      values = loadVolume(db, 1, issues, fingerprints).values;
      key = createPersonalApiKey(db, { label: 'bench', scopes: ['*'], scopedTeams: null }).secret;
    },
    { spa: false },
  );
  const call = httpClient(server.url, key);
  const et = '/api/projects/1/error_tracking';
  const issueQuery = (body: object) => call('POST', `${et}/query/issues/`, 200, { limit: 25, ...body });
  const permutations = Array.from({ length: 8 }, (_, shift) =>
    Object.fromEntries(ruleIds.map((id, index) => [id, (index * 37 + shift) % rules])),
  );
  const cases: Array<[string, (n: number) => Promise<void>]> = [
    ['rule list (100 rules)', () => call('GET', `${et}/assignment_rules/`, 200)],
    // Into environment 2, so environment 1 keeps its 100 rules for the other cases.
    [
      'rule create',
      () => call('POST', '/api/projects/2/error_tracking/assignment_rules/', 201, { filters, assignee: null }),
    ],
    [
      'reorder of 100 rules',
      (n) => call('PATCH', `${et}/assignment_rules/reorder/`, 204, { orders: permutations[n % permutations.length] }),
    ],
    ['issue list (REST, page of 100)', () => call('GET', `${et}/issues/`, 200)],
    // What the Issues page asks for: every default sent, 25 rows.
    ['issue query (7 days, by occurrences)', () => issueQuery({ dateRange: { date_from: '-7d' }, status: 'all' })],
    [
      'issue query (all time, by last seen)',
      () => issueQuery({ dateRange: { date_from: 'all' }, status: 'all', orderBy: 'last_seen' }),
    ],
    [
      'issue query (30 days, searched)',
      () => issueQuery({ dateRange: { date_from: '-30d' }, status: 'all', searchQuery: 'RangeError' }),
    ],
    [
      'fingerprint list (random page of 100)',
      (n) => call('GET', `${et}/fingerprints/?offset=${(n * 7919) % (fingerprints - 100)}`, 200),
    ],
    [
      'fingerprint resolve',
      (n) => call('GET', `${et}/fingerprints/resolve/?fingerprint=${encodeURIComponent(pick(values, n))}`, 200),
    ],
  ];
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string): BenchRow => ({ scenario: 'api', metric, value, unit });
  try {
    for (const [name, send] of cases) {
      for (const concurrency of concurrencies) {
        const result: LoadResult = await runLoad(send, { concurrency, ...bounds });
        const label = `${name}, ${concurrency} client${concurrency > 1 ? 's' : ''}`;
        rows.push(row(`${label}: throughput`, round(result.perSecond, 0), 'req/s'));
        rows.push(row(`${label}: p50`, round(result.p50), 'ms'));
        rows.push(row(`${label}: p99`, round(result.p99), 'ms'));
      }
    }
    return rows;
  } finally {
    await server.stop();
  }
}
