import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { evaluate } from '../../src/rule-engine';
import { launchChromium } from '../lib/browser';
import { measureEngine, rulesPerKind, workloadTraces, type EngineMeasurement } from '../lib/engine-workload';
import type { BenchRow } from '../lib/result';
import { round } from '../lib/stats';

declare global {
  // Set by the page's script (browserBundle).
  var measureEngine: ((ms: number) => EngineMeasurement) | undefined;
  var workloadTraces: (() => string) | undefined;
}

const durationMs = 3_000;
const targetPerSecond = 50_000;

/** The engine and the workload as one script for the page: a production build, as the dashboard ships it. */
async function browserBundle(scratch: string): Promise<string> {
  const entry = join(scratch, 'engine-bench.ts');
  const from = (path: string) => relative(scratch, resolve(path)).replaceAll('\\', '/');
  writeFileSync(
    entry,
    `import { evaluate } from '${from('src/rule-engine/index.ts')}';\n` +
      `import { measureEngine, workloadTraces } from '${from('bench/lib/engine-workload.ts')}';\n` +
      'Object.assign(globalThis, {\n' +
      '  measureEngine: (ms: number) => measureEngine(evaluate, ms),\n' +
      '  workloadTraces: () => workloadTraces(evaluate),\n' +
      '});\n',
  );
  const outDir = join(scratch, 'out');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry, formats: ['iife'], name: 'engineBench', fileName: () => 'engine-bench.js' },
    },
  });
  return readFileSync(join(outDir, 'engine-bench.js'), 'utf8');
}

async function inChromium(script: string): Promise<{ measured: EngineMeasurement; traces: string }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>engine</title>');
    await page.addScriptTag({ content: script });
    const traces = await page.evaluate(() => globalThis.workloadTraces!());
    return { measured: await page.evaluate((ms) => globalThis.measureEngine!(ms), durationMs), traces };
  } finally {
    await browser.close();
  }
}

function rows(where: string, measured: EngineMeasurement, withTarget = true): BenchRow[] {
  const perSecond = (measured.evaluations / measured.ms) * 1000;
  const target = withTarget
    ? { target: `≥ ${targetPerSecond.toLocaleString('en')}`, ok: perSecond >= targetPerSecond }
    : {};
  return [
    {
      scenario: 'engine',
      metric: `${where}: rule evaluations per second (${rulesPerKind} rules of each kind)`,
      value: Math.round(perSecond),
      unit: 'evals/s',
      ...target,
    },
    {
      scenario: 'engine',
      metric: `${where}: events per second`,
      value: Math.round((measured.events / measured.ms) * 1000),
      unit: 'events/s',
    },
    {
      scenario: 'engine',
      metric: `${where}: rules evaluated per event`,
      value: round(measured.evaluations / measured.events, 1),
      unit: 'rules',
    },
  ];
}

export async function engineScenario(): Promise<BenchRow[]> {
  const node = measureEngine(evaluate, durationMs);
  const reread = measureEngine(evaluate, durationMs, { reread: true });
  mkdirSync(resolve('node_modules/.tmp'), { recursive: true });
  const scratch = mkdtempSync(resolve('node_modules/.tmp/bench-engine-'));
  try {
    const browser = await inChromium(await browserBundle(scratch));
    const same = browser.traces === workloadTraces(evaluate);
    return [
      ...rows('Node', node),
      ...rows('Node, rules parsed from JSON for every event', reread, false).slice(0, 1),
      ...rows('Chromium', browser.measured),
      {
        scenario: 'engine',
        metric: 'Chromium and Node give the same 500 traces',
        value: same ? 1 : 0,
        unit: same ? '(same)' : '(different)',
        target: 'same',
        ok: same,
      },
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
