import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 8010}`;

export default defineConfig({
  plugins: [react()],
  server: {
    // The API server also owns sessions: /auth/session re-issues the cookie, /login asks for the token.
    proxy: {
      '/api': apiTarget,
      '/auth': apiTarget,
      '/login': apiTarget,
      // PostHog's SDK paths (src/server/ingest/sdk-paths.ts): Settings gives SDKs this origin as their host.
      '^/(?:batch|e|i/v0/e|capture|track|engage|flags|decide)(?:/|\\?|$)': apiTarget,
      '^/array/[^/]+/config': apiTarget,
    },
  },
  // The manifest tells the server which chunks a page URL needs (src/server/spa/route-preloads.ts).
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
  // The rule preview's worker (src/web/data/rule-preview) is an ES module, like the page's chunks.
  worker: { format: 'es' },
});
