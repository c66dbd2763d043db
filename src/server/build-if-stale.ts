import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as ViteModule from 'vite';

type Vite = typeof ViteModule;

const buildInputs = ['index.html', 'vite.config.ts', 'package-lock.json', 'public', 'src/web', 'src/contract'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function isBuildStale(root: string, distDir: string): boolean {
  const builtAt = newestMtime(join(distDir, 'index.html'));
  if (builtAt === 0) return true;
  return buildInputs.some((input) => newestMtime(join(root, input)) > builtAt);
}

/** Without Vite installed (production install), serves what is there. */
export async function buildIfStale(root: string, distDir: string): Promise<void> {
  if (!isBuildStale(root, distDir)) return;
  let vite: Vite;
  try {
    vite = await import('vite');
  } catch {
    if (existsSync(join(distDir, 'index.html'))) return;
    throw new Error('The dashboard is not built and Vite is not installed: run `npm install`, then `npm start`.');
  }
  console.log('Building the dashboard…');
  const started = performance.now();
  await vite.build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
