import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AppEnv } from '../app-env';
import { hasSession, issueSession } from '../gateway/session';
import { routePreloadTags } from './route-preloads';

type SpaOptions = { distDir: string; dashboardToken: string | null; sessionSecret: string };

/** Hashed assets are cached forever; other GET paths are index.html, which also hands out the session cookie. */
export function spaRoutes({ distDir, dashboardToken, sessionSecret }: SpaOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });
  const indexFile = join(distDir, 'index.html');
  // Read on every page load (a few KB): a rebuild while the server runs must not serve links to deleted assets.
  const readIndex = () => (existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null);

  const root = relative(process.cwd(), distDir) || '.';
  routes.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  if (existsSync(distDir)) routes.use('/assets/*', serveStatic({ root }));
  // A missing asset is a 404, never index.html: a stale chunk must fail loudly, not parse HTML as JS.
  routes.get('/assets/*', (c) => c.text('Not found', 404));
  // The build manifest is the server's, for route preloads.
  routes.get('/.vite/*', (c) => c.text('Not found', 404));

  routes.get('/auth/session', (c) => {
    const next = c.req.query('next') ?? '/';
    const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
    if (dashboardToken !== null && !hasSession(c, sessionSecret)) return c.redirect('/login', 303);
    if (dashboardToken === null) issueSession(c, sessionSecret);
    return c.redirect(target, 303);
  });

  if (existsSync(distDir))
    routes.get(
      '*',
      serveStatic({ root, rewriteRequestPath: (path) => (/\.[a-z0-9]+$/i.test(path) ? path : '/__spa__') }),
    );
  routes.get('*', (c) => {
    if (dashboardToken !== null && !hasSession(c, sessionSecret)) return c.redirect('/login', 303);
    const html = readIndex();
    if (html === null)
      return c.text('The dashboard is not built yet: run `npm run build` (npm start does it for you).', 503);
    if (dashboardToken === null) issueSession(c, sessionSecret);
    c.header('Cache-Control', 'no-cache');
    return c.html(html.replace('</head>', `${routePreloadTags(distDir, c.req.path)}</head>`));
  });
  return routes;
}
