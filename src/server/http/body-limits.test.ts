import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';

// Over real HTTP: a multi-megabyte body must get a 413 answer, not a reset connection.
describe('request bodies over real HTTP', () => {
  const { app, key, db } = makeTestServer();
  let server: ServerType;
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/projects/1/error_tracking/suppression_rules/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);
  const ruleCount = () => (db.prepare('SELECT COUNT(*) AS n FROM rules').get() as { n: number }).n;

  it('answers 413 in the contract shape to a 5 MiB body', async () => {
    const huge = JSON.stringify({ filters: { type: 'AND', values: [] }, padding: 'x'.repeat(5 * 1024 * 1024) });
    const response = await post(huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ type: 'invalid_request', code: 'request_too_large', attr: null });
    expect(ruleCount()).toBe(0);
  });

  it('answers 413 to a chunked body with no Content-Length that grows past the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await post(stream);
    expect(response.status).toBe(413);
    expect(ruleCount()).toBe(0);
  });

  it('still serves the next request on a fresh connection', async () => {
    const response = await post(JSON.stringify({ sampling_rate: 0.5 }));
    expect(response.status).toBe(201);
    expect(ruleCount()).toBe(1);
  });

  it('answers 415 to a non-JSON body and 400 parse_error to broken JSON', async () => {
    const wrongType = await post('sampling_rate=0.5', { 'Content-Type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toMatchObject({ code: 'unsupported_media_type' });
    const broken = await post('{"sampling_rate": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ type: 'validation_error', code: 'parse_error', attr: null });
  });
});
