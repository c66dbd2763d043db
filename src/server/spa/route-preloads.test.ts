import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../store/database';
import { seedProjects } from '../test-support';
import { manifestPath, routePreloads, sectionOf } from './route-preloads';

// The shape Vite writes: source path → chunk, with static imports by key.
const manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared.js'], css: ['assets/index-1.css'] },
  '_shared.js': { file: 'assets/shared-1.js' },
  '_dialog.js': { file: 'assets/dialog-1.js', imports: ['_shared.js'], css: ['assets/dialog-1.css'] },
  'src/web/features/issues/issues-page.tsx': { file: 'assets/issues-page-1.js', imports: ['_dialog.js', '_shared.js'] },
  'src/web/features/issues/issue-detail-page.tsx': { file: 'assets/issue-detail-page-1.js' },
  'src/web/features/rules/assignment-rules-page.tsx': { file: 'assets/assignment-rules-page-1.js' },
};

describe('routePreloads', () => {
  it('names the section page’s chunk, its imports and their CSS, leaving out what the entry loads', () => {
    expect(routePreloads(manifest, '/env/2/issues')).toEqual([
      'assets/issues-page-1.js',
      'assets/dialog-1.js',
      'assets/dialog-1.css',
    ]);
  });

  it('takes the section from deeper paths, and matches the page by its whole name', () => {
    expect(routePreloads(manifest, '/env/2/issues/0190f4c4-8d2a-7a3b-9c1d-000000000001')).toContain(
      'assets/issues-page-1.js',
    );
    expect(routePreloads(manifest, '/env/1/assignment-rules/new')).toEqual(['assets/assignment-rules-page-1.js']);
  });

  it('names nothing for the home page, an unknown section or a malformed path', () => {
    for (const path of ['/', '/login', '/env/1', '/env/x/issues', '/env/1/nowhere', '/env/1/detail'])
      expect(routePreloads(manifest, path), path).toEqual([]);
    expect(sectionOf('/env/12/fingerprints')).toBe('fingerprints');
  });
});

describe('index.html with route preloads', () => {
  const distDir = mkdtempSync(join(tmpdir(), 'tc-dist-'));
  mkdirSync(join(distDir, '.vite'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><html><head><title>T</title></head><body></body></html>');
  writeFileSync(manifestPath(distDir), JSON.stringify(manifest));
  afterAll(() => rmSync(distDir, { recursive: true, force: true }));
  const db = openDatabase(':memory:');
  seedProjects(db);
  const app = createApp({ db, dashboardToken: null, distDir });

  it('preloads the page’s modules and, without blocking the first paint, its styles', async () => {
    const html = await (await app.request('/env/1/issues')).text();
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/issues-page-1.js"><link rel="modulepreload" crossorigin ' +
        'href="/assets/dialog-1.js"><link rel="preload" as="style" crossorigin href="/assets/dialog-1.css"></head>',
    );
    expect(await (await app.request('/')).text()).not.toContain('preload');
  });

  it('keeps the manifest to itself', async () => {
    const response = await app.request('/.vite/manifest.json');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('assets/');
  });
});
