import react from '@vitejs/plugin-react';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest, type ManifestChunk } from 'vite';
import type { BenchRow } from '../lib/result';
import { round } from '../lib/stats';

const budgetKb = 150;
const floorRatioTarget = 2;

type Sizes = { js: number; css: number };

async function buildWithManifest(root: string, outDir: string, configFile: string | false): Promise<Manifest> {
  await build({
    root,
    configFile,
    ...(configFile === false ? { plugins: [react()] } : {}),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

const gzipKb = (outDir: string, file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1024;

function sizesOf(manifest: Manifest, outDir: string, keys: Iterable<string>): Sizes {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk: ManifestChunk | undefined = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
  }
  const sum = (files: Set<string>) => [...files].reduce((total, file) => total + gzipKb(outDir, file), 0);
  return { js: sum(js), css: sum(css) };
}

function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((candidate) => manifest[candidate]!.isEntry);
  if (!key) throw new Error('The Vite manifest has no entry chunk.');
  return key;
}

/** The floor: React + react-dom alone rendering one <div/>, built the same way. */
async function floorSizes(scratch: string): Promise<Sizes> {
  const root = join(scratch, 'floor');
  mkdirSync(root);
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>',
  );
  writeFileSync(
    join(root, 'main.jsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<div />);\n",
  );
  const outDir = join(scratch, 'floor-dist');
  const manifest = await buildWithManifest(root, outDir, false);
  return sizesOf(manifest, outDir, staticClosure(manifest, entryKey(manifest)));
}

export async function bundleScenario(): Promise<BenchRow[]> {
  // Inside the project, so the floor's `react` import resolves from its node_modules.
  mkdirSync(resolve('node_modules/.tmp'), { recursive: true });
  const scratch = mkdtempSync(resolve('node_modules/.tmp/bench-bundle-'));
  try {
    const outDir = join(scratch, 'app-dist');
    const manifest = await buildWithManifest(process.cwd(), outDir, resolve('vite.config.ts'));
    const entry = entryKey(manifest);
    const shell = staticClosure(manifest, entry);
    const first = sizesOf(manifest, outDir, shell);
    const floor = await floorSizes(scratch);
    const row = (metric: string, value: number, unit = 'KB', extra: Partial<BenchRow> = {}): BenchRow => ({
      scenario: 'bundle',
      metric,
      value: round(value, 1),
      unit,
      ...extra,
    });
    const rows: BenchRow[] = [
      row('first page JS (entry + static imports), gzip', first.js, 'KB', {
        target: `< ${budgetKb} KB`,
        ok: first.js < budgetKb,
      }),
      row('first page CSS, gzip', first.css),
      row('floor: react + react-dom rendering <div/>, JS gzip', floor.js),
      row('first page JS / floor (react + react-dom)', first.js / floor.js, '×', {
        target: `≤ ${floorRatioTarget.toFixed(1)} ×`,
        ok: first.js / floor.js <= floorRatioTarget,
      }),
    ];
    const lazy = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.dynamicImports ?? []))].sort();
    for (const key of lazy) {
      if (shell.has(key)) continue;
      const added = [...staticClosure(manifest, key)].filter((chunk) => !shell.has(chunk));
      const sizes = sizesOf(manifest, outDir, added);
      const name = manifest[key]!.name ?? key;
      rows.push(row(`lazy chunk ${name}: JS (+ CSS) added, gzip`, sizes.js + sizes.css));
    }
    rows.push(row('lazily loaded chunks', lazy.filter((key) => !shell.has(key)).length, ''));
    // `/` opens the assignment rules: what a first visit really fetches before that list can render.
    const landing = lazy.find((key) => manifest[key]!.name === 'assignment-rules-page');
    if (landing) {
      const withLanding = sizesOf(manifest, outDir, new Set([...shell, ...staticClosure(manifest, landing)]));
      rows.push(row('first visit to / (shell + assignment rules chunk), JS gzip', withLanding.js));
      rows.push(row('first visit to / (shell + assignment rules chunk), CSS gzip', withLanding.css));
    }
    return rows;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
