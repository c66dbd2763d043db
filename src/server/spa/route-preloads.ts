import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

export const manifestPath = (distDir: string) => join(distDir, '.vite', 'manifest.json');

function readManifest(distDir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(manifestPath(distDir), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The chunk's own file, its static imports' files, and every CSS file among them. */
function closure(manifest: Manifest, keys: readonly string[], into = new Set<string>()): Set<string> {
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk === undefined || into.has(chunk.file)) continue;
    into.add(chunk.file);
    for (const css of chunk.css ?? []) into.add(css);
    closure(manifest, chunk.imports ?? [], into);
  }
  return into;
}

/** `/env/1/issues/…` → `issues`: the section a dashboard URL opens. */
export function sectionOf(pathname: string): string | null {
  return /^\/env\/\d+\/([a-z][a-z-]*)(?:\/|$)/.exec(pathname)?.[1] ?? null;
}

/**
 * The files the page at `pathname` will import once the entry has run, beyond what the entry's own tags load. A
 * section's page module is `<section>-page.tsx` (the sections table follows that naming). Without these, the page's
 * chunk is asked for only after the entry has been fetched and run: one round trip more (170 ms of a cold load at
 * 100 ms latency).
 */
export function routePreloads(manifest: Manifest, pathname: string): string[] {
  const section = sectionOf(pathname);
  if (section === null) return [];
  const page = Object.keys(manifest).find((key) => key.endsWith(`/${section}-page.tsx`));
  if (page === undefined) return [];
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const loaded = closure(manifest, entries);
  return [...closure(manifest, [page])].filter((file) => !loaded.has(file));
}

/** `<link>` tags for index.html served at `pathname`; none when the build has no manifest. */
export function routePreloadTags(distDir: string, pathname: string): string {
  const manifest = existsSync(manifestPath(distDir)) ? readManifest(distDir) : null;
  if (manifest === null) return '';
  return routePreloads(manifest, pathname)
    .map((file) =>
      file.endsWith('.css')
        ? `<link rel="preload" as="style" crossorigin href="/${file}">`
        : `<link rel="modulepreload" crossorigin href="/${file}">`,
    )
    .join('');
}
