import { loadavg } from 'node:os';
import { evaluate } from '../../src/rule-engine';
import { defaultRetention } from '../../src/server/ingest/event-retention';
import { startBenchServer } from '../lib/bench-server';
import { ingestBodies, loadIngestRules } from '../lib/ingest-data';
import { runLoad, type LoadResult } from '../lib/load';
import type { BenchRow } from '../lib/result';
import { median, round } from '../lib/stats';

const rulesPerKind = 50;
const batchSize = 100;
const concurrency = 4;
const rounds = 3;
const roundMs = 10_000;
const warmup = 20;
// Distinct events for three rounds at well above the target: a duplicate would cost less than a new event.
const bodies = 1_500;
const target = 2_000;

type Round = LoadResult & { cpuSeconds: number };

export async function ingestScenario(): Promise<BenchRow[]> {
  let token = '';
  const server = await startBenchServer(
    (db) => {
      loadIngestRules(db, rulesPerKind);
      token = db.prepare('SELECT api_token FROM projects WHERE id = 1').pluck().get() as string;
    },
    { spa: false, ingestion: { ruleEngine: { evaluate }, retention: defaultRetention } },
  );
  const payloads = ingestBodies(token, bodies, batchSize);
  let next = 0;
  const send = async () => {
    const body = payloads[next++];
    if (!body) throw new Error('The benchmark ran out of distinct batches: make more.');
    const response = await fetch(`${server.url}/batch/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body,
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`POST /batch/ answered ${response.status}`);
  };
  try {
    const loadBefore = loadavg()[0]!;
    for (let n = 0; n < warmup; n++) await send();
    const results: Round[] = [];
    for (let r = 0; r < rounds; r++) {
      const cpuBefore = process.cpuUsage();
      const result = await runLoad(send, { concurrency, warmup: 0, maxRequests: bodies, maxMs: roundMs });
      const cpu = process.cpuUsage(cpuBefore);
      results.push({ ...result, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
    }
    const eventsPerSecond = results.map((result) => result.perSecond * batchSize);
    // The process's own CPU time (server and the clients), which other work on the machine changes less.
    const perCpuSecond = results.map((result) => (result.requests * batchSize) / result.cpuSeconds);
    const label = `${rulesPerKind} rules of each kind, ${concurrency} clients, batches of ${batchSize} (gzip)`;
    const row = (metric: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
      scenario: 'ingest',
      metric: `${label}: ${metric}`,
      value,
      unit,
      ...extra,
    });
    const sustained = median(eventsPerSecond);
    return [
      row(`events/s, median of ${rounds} rounds of ${roundMs / 1000} s`, round(sustained, 0), 'events/s', {
        target: `≥ ${target}`,
        ok: sustained >= target,
      }),
      row(
        'events/s, slowest and fastest round',
        round(Math.min(...eventsPerSecond), 0),
        `– ${round(Math.max(...eventsPerSecond), 0)} events/s`,
      ),
      row('events per CPU-second of the process, median', round(median(perCpuSecond), 0), 'events/s'),
      row('batch p50 (median of the rounds)', round(median(results.map((result) => result.p50))), 'ms'),
      row('batch p99 (worst round)', round(Math.max(...results.map((result) => result.p99))), 'ms'),
      {
        scenario: 'ingest',
        metric: '1-minute load average before / after',
        value: round(loadBefore, 1),
        unit: `/ ${round(loadavg()[0]!, 1)}`,
      },
    ];
  } finally {
    await server.stop();
  }
}
