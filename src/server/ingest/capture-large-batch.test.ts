import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from './capture-server.test-support';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.stop());

const types = ['TypeError', 'RangeError', 'SyntaxError', 'ChunkLoadError', 'NetworkError'];

describe('a 10,000-event batch over HTTP', () => {
  it('is stored whole, and the event loop keeps turning while it is ingested', async () => {
    const batch = Array.from({ length: 10_000 }, (_, n) => ({
      event: '$exception',
      distinct_id: `user-${n % 250}`,
      uuid: randomUUID(),
      timestamp: new Date(Date.now() - n * 1000).toISOString(),
      properties: {
        $lib: 'posthog-node',
        $exception_list: [
          {
            type: types[n % types.length],
            value: `failure ${n % types.length}`,
            stacktrace: { type: 'raw', frames: [{ filename: 'src/app.ts', function: 'run', lineno: n % 90 }] },
          },
        ],
      },
    }));
    const body = JSON.stringify({ api_key: server.tokens[1], batch });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const response = await fetch(`${server.url}/batch/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    const seconds = (performance.now() - started) / 1000;
    delay.disable();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'Ok' });
    const count = (sql: string) => (server.db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT COUNT(*) AS n FROM exception_events')).toBe(10_000);
    expect(count('SELECT COUNT(*) AS n FROM issues')).toBe(types.length);
    expect(count('SELECT COUNT(*) AS n FROM fingerprints')).toBe(types.length);
    const longestStallMs = delay.max / 1e6;
    console.log(`10,000 events in ${seconds.toFixed(2)} s; longest event-loop stall ${longestStallMs.toFixed(0)} ms`);
    // Without the slices, the whole batch holds the loop in one go (about a second on the development machine).
    expect(longestStallMs).toBeLessThan(400);
  }, 60_000);
});
