// `npm run bench [scenario …]`: measures, prints a table and writes bench/results.json. Not part of `npm test`.
import { writeFileSync } from 'node:fs';
import type { BenchRow } from './lib/result';
import { fingerprintsScenario } from './scenarios/fingerprints';
import { rulesUiScenario } from './scenarios/rules-ui';

const scenarios: Record<string, () => Promise<BenchRow[]>> = {
  fingerprints: fingerprintsScenario,
  'rules-ui': rulesUiScenario,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in scenarios));
if (unknown.length > 0) {
  console.error(`Unknown scenario: ${unknown.join(', ')}. Known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}

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
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
console.log('Wrote bench/results.json');
