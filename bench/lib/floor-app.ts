import react from '@vitejs/plugin-react';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildIfStale } from '../../src/server/build-if-stale';

/** Where the floor app is served, beside the dashboard. */
export const floorPath = '/floor.html';

// The least a page can do to show the rules list: get the session the dashboard gets with its index.html, fetch the
// same rules the same way (every page of 1,000), draw a row per rule, and set the dashboard's mark.
const floorMain = `import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

async function loadRules() {
  await fetch('/auth/session?next=/favicon.svg');
  const path = '/api/projects/1/error_tracking/assignment_rules/';
  const rules = [];
  let url = path + '?limit=1000';
  while (url) {
    const page = await (await fetch(url)).json();
    rules.push(...page.results);
    url = page.next ? path + new URL(page.next, location.origin).search : null;
  }
  return rules;
}

function Rules() {
  const [rules, setRules] = useState(null);
  useEffect(() => void loadRules().then(setRules), []);
  useEffect(() => {
    if (rules) performance.mark('rules-list-rendered');
  }, [rules]);
  if (!rules) return <p>Loading…</p>;
  return (
    <ol aria-label="Assignment rules">
      {rules.map((rule, index) => (
        <li key={rule.id}>Rule {index + 1}: {JSON.stringify(rule.filters)}</li>
      ))}
    </ol>
  );
}

createRoot(document.getElementById('root')).render(<Rules />);
`;

/**
 * A copy of the built dashboard with the floor app beside it, at `floorPath`: a minimal Vite + React page built the
 * same way (production build, the React plugin), so both are served by one server from one origin. Answers the
 * directory; the caller removes `scratch`.
 */
export async function distWithFloor(scratch: string): Promise<string> {
  await buildIfStale(process.cwd(), resolve('dist'));
  const distDir = join(scratch, 'dist');
  cpSync(resolve('dist'), distDir, { recursive: true });
  const root = join(scratch, 'floor');
  mkdirSync(root);
  writeFileSync(
    join(root, 'floor.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>' +
      '<body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>',
  );
  writeFileSync(join(root, 'main.jsx'), floorMain);
  await build({
    root,
    configFile: false,
    plugins: [react()],
    logLevel: 'silent',
    build: { outDir: distDir, emptyOutDir: false, rollupOptions: { input: join(root, 'floor.html') } },
  });
  return distDir;
}

/** A scratch directory inside the project, so the floor's `react` import resolves from its node_modules. */
export function floorScratch(): string {
  mkdirSync(resolve('node_modules/.tmp'), { recursive: true });
  return mkdtempSync(resolve('node_modules/.tmp/bench-floor-'));
}
