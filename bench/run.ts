// `npm run bench [scenario …]`: measures, prints a table and writes bench/results.json. Not part of `npm test`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { BenchRow } from './lib/result';
import { round } from './lib/stats';
import { apiScenario } from './scenarios/api';
import { bundleScenario } from './scenarios/bundle';
import { engineScenario } from './scenarios/engine';
import { fingerprintsScenario } from './scenarios/fingerprints';
import { ingestScenario } from './scenarios/ingest';
import { pageLoadScenario } from './scenarios/page-load';
import { previewScenario } from './scenarios/preview';
import { ruleStatsScenario } from './scenarios/rule-stats';
import { rulesUiScenario } from './scenarios/rules-ui';

const scenarios: Record<string, () => Promise<BenchRow[]>> = {
  bundle: bundleScenario,
  'page-load': pageLoadScenario,
  api: apiScenario,
  fingerprints: fingerprintsScenario,
  ingest: ingestScenario,
  'rules-ui': rulesUiScenario,
  engine: engineScenario,
  'rule-stats': ruleStatsScenario,
  preview: previewScenario,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in scenarios));
if (unknown.length > 0) {
  console.error(`Unknown scenario: ${unknown.join(', ')}. Known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}

// Other work on the machine skews every figure: the 1-minute load average at the start goes into the results.
const loadAtStart = round(loadavg()[0]!, 1);
const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(scenarios)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`▶ ${name}…`);
  rows.push(...(await run()));
}

const table = rows.map((row) => ({
  scenario: row.scenario,
  metric: row.metric,
  value: `${row.value} ${row.unit}`,
  target: row.target ?? '',
  met: row.ok === undefined ? '' : row.ok ? 'yes' : 'NO',
}));
console.table(table);
// Scenarios not run this time keep their last figures, so the file always holds the latest full table.
const resultsFile = new URL('./results.json', import.meta.url);
type Results = {
  measuredAt: string;
  node: string;
  cpus: number;
  scenarios: Record<string, { measuredAt: string; loadAverage: number }>;
  rows: BenchRow[];
};
const previous: Partial<Results> = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const ran = new Set(rows.map((row) => row.scenario));
const now = new Date().toISOString();
const results: Results = {
  measuredAt: now,
  node: process.version,
  cpus: availableParallelism(),
  scenarios: {
    ...previous.scenarios,
    ...Object.fromEntries([...ran].map((name) => [name, { measuredAt: now, loadAverage: loadAtStart }])),
  },
  rows: [...(previous.rows ?? []).filter((row) => !ran.has(row.scenario)), ...rows],
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');
