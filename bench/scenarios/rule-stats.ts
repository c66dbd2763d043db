import { performance } from 'node:perf_hooks';
import { createPersonalApiKey } from '../../src/server/gateway/personal-api-keys';
import { startBenchServer } from '../lib/bench-server';
import type { BenchRow } from '../lib/result';
import { median, round } from '../lib/stats';
import { loadStatsVolume, statsTeam } from '../lib/stats-volume';

const events = 100_000;
const runs = 5;
const targetMs = 1000;

type Headers = Record<string, string>;

/**
 * `GET /api/console/environments/:id/rule-stats/` end to end over HTTP on 100,000 stored events and 150 rules: the
 * first request (the worker thread starts), computations after a change to the rules (each a cache miss), and a
 * cached answer. Meanwhile another client calls a cheap endpoint without pause: its slowest answer says whether the
 * server's event loop was held up.
 */
export async function ruleStatsScenario(): Promise<BenchRow[]> {
  let key = '';
  let lastAssignment = '';
  const server = await startBenchServer(
    (db) => {
      lastAssignment = loadStatsVolume(db, events).ruleIds.assignment.at(-1)!;
      key = createPersonalApiKey(db, { label: 'bench', scopes: ['*'], scopedTeams: null }).secret;
    },
    { spa: false },
  );
  const headers: Headers = { Authorization: `Bearer ${key}` };
  const base = `${server.url}/api`;
  const stats = async (days: number) => {
    const started = performance.now();
    const response = await fetch(`${base}/console/environments/${statsTeam}/rule-stats/?days=${days}`, { headers });
    const body = (await response.json()) as { eventsConsidered: number; capped: boolean };
    if (response.status !== 200) throw new Error(`rule-stats answered ${response.status}`);
    return { ms: performance.now() - started, body };
  };
  let order = 1000;
  // A new place for the last rule: the rules' fingerprint changes, the cached answer no longer applies.
  const changeRules = async () => {
    const response = await fetch(`${base}/projects/${statsTeam}/error_tracking/assignment_rules/reorder/`, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ orders: { [lastAssignment]: order++ } }),
    });
    if (response.status !== 204) throw new Error(`reorder answered ${response.status}`);
  };
  let probing = true;
  const probeLatencies: number[] = [];
  const probe = async () => {
    while (probing) {
      const started = performance.now();
      await (await fetch(`${base}/console/backend`, { headers })).arrayBuffer();
      probeLatencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  const row = (metric: string, value: number, unit: string, target?: number): BenchRow => ({
    scenario: 'rule-stats',
    metric,
    value: round(value, 0),
    unit,
    ...(target === undefined ? {} : { target: `≤ ${target}`, ok: value <= target }),
  });
  try {
    const first = await stats(30);
    const rows: BenchRow[] = [
      row(`first request, 30 days (worker starts): ${first.body.eventsConsidered} events`, first.ms, 'ms'),
    ];
    const probing$ = probe();
    for (const days of [30, 7, 1]) {
      const samples: number[] = [];
      for (let run = 0; run < runs; run++) {
        await changeRules();
        samples.push((await stats(days)).ms);
      }
      const considered = (await stats(days)).body.eventsConsidered;
      rows.push(
        row(
          `${days} day${days > 1 ? 's' : ''}, rules changed (${considered} events): median`,
          median(samples),
          'ms',
          days === 30 ? targetMs : undefined,
        ),
      );
      rows.push(row(`${days} day${days > 1 ? 's' : ''}, rules changed: slowest`, Math.max(...samples), 'ms'));
    }
    probing = false;
    await probing$;
    const cached: number[] = [];
    for (let run = 0; run < 20; run++) cached.push((await stats(30)).ms);
    rows.push(row('30 days, cached answer: median', median(cached), 'ms'));
    rows.push(row('another request during the computations: slowest', Math.max(...probeLatencies), 'ms'));
    rows.push(row('another request during the computations: median', median(probeLatencies), 'ms'));
    return rows;
  } finally {
    probing = false;
    await server.stop();
  }
}
