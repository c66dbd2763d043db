import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: [
            'src/server/**/*.test.ts',
            'src/contract/**/*.test.ts',
            'src/rule-engine/**/*.test.ts',
            'src/rule-plans/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          // One jsdom per worker, not per file: setting one up cost a minute of the web suite's 150 s.
          // setup.ts resets the DOM, storage, mocks and the api client's module state after every test.
          isolate: false,
          // Whole-app renders in jsdom take seconds on a busy 2-core machine.
          testTimeout: 20_000,
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['src/web/test/setup.ts'],
        },
      },
    ],
  },
});
