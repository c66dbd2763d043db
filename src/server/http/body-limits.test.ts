import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/errors';
import { createPersonalApiKey } from '../gateway/personal-api-keys';
import { startServerProcess } from '../robustness/server-process.test-support';
import { openDatabase } from '../store/database';

// Real server processes: with client and server in one process the client reads the 413 before the reset lands,
// so a server that resets mid-upload would still pass.
const localDir = mkdtempSync(join(tmpdir(), 'tc-body-local-'));
const connectedDir = mkdtempSync(join(tmpdir(), 'tc-body-connected-'));
const servers: Array<ReturnType<typeof startServerProcess>> = [];
type Backend = { base: string; headers: Record<string, string>; rules: string };
const local: Backend = { base: '', headers: {}, rules: '/api/projects/1/error_tracking/suppression_rules/' };
const connected: Backend = { base: '', headers: {}, rules: '/api/environments/1/error_tracking/suppression_rules/' };

beforeAll(async () => {
  const db = openDatabase(localDir);
  const key = createPersonalApiKey(db, { label: 'body limits', scopes: ['*'], scopedTeams: null }).secret;
  db.close();
  servers.push(startServerProcess(localDir, { DEMO: '0' }));
  local.base = await servers[0]!.ready;
  local.headers = { Authorization: `Bearer ${key}` };
  servers.push(startServerProcess(connectedDir, { POSTHOG_HOST: local.base, POSTHOG_PERSONAL_API_KEY: key }));
  connected.base = await servers[1]!.ready;
  const session = await fetch(`${connected.base}/auth/session`, { redirect: 'manual' });
  const cookie = /tc_session=[^;]+/.exec(session.headers.get('set-cookie') ?? '')![0];
  connected.headers = { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' };
}, 30_000);
afterAll(async () => {
  for (const server of servers) server.child.kill('SIGTERM');
  await Promise.all(servers.map((server) => server.exited));
  rmSync(localDir, { recursive: true, force: true });
  rmSync(connectedDir, { recursive: true, force: true });
});

const post = (backend: Backend, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  fetch(`${backend.base}${backend.rules}`, {
    method: 'POST',
    headers: { ...backend.headers, 'Content-Type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
const ruleCount = async (backend: Backend) =>
  ((await (await fetch(`${backend.base}${backend.rules}`, { headers: backend.headers })).json()) as { count: number })
    .count;

const huge = JSON.stringify({ filters: { type: 'AND', values: [] }, padding: 'x'.repeat(5 * 1024 * 1024) });

/** Writes its whole body before reading (as Python's http.client does), so a server that closes early resets it. */
function sendWholeBodyThenRead(backend: Backend, framing: 'content-length' | 'chunked'): Promise<string> {
  const { hostname, port } = new URL(backend.base);
  const body = Buffer.from(huge);
  const head = [
    `POST ${backend.rules} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    'Content-Type: application/json',
    ...Object.entries(backend.headers).map(([name, value]) => `${name}: ${value}`),
    framing === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${body.byteLength}`,
  ];
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('error', (err) => resolve(`${(err as NodeJS.ErrnoException).code}`));
    socket.on('close', () => resolve(Buffer.concat(received).toString('utf8')));
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    const step = 256 * 1024;
    for (let offset = 0; offset < body.byteLength; offset += step) {
      const piece = body.subarray(offset, offset + step);
      socket.write(framing === 'chunked' ? `${piece.byteLength.toString(16)}\r\n` : '');
      socket.write(piece);
      if (framing === 'chunked') socket.write('\r\n');
    }
    if (framing === 'chunked') socket.write('0\r\n\r\n');
  });
}

async function expectTooLarge(response: Response) {
  expect(response.status).toBe(413);
  expect(response.headers.get('connection')).toBe('close');
  const body: unknown = await response.json();
  expect(apiErrorSchema.strict().parse(body)).toEqual({
    type: 'invalid_request',
    code: 'request_too_large',
    detail: 'Request body exceeds the 1 MiB limit.',
    attr: null,
  });
}

describe.each([
  ['the local API', local],
  ['the connected proxy', connected],
])('request bodies over the limit, over real HTTP to %s', (_name, backend) => {
  it('answers 50 consecutive 5 MiB bodies with a readable 413, never a reset', async () => {
    const before = await ruleCount(backend);
    for (let attempt = 0; attempt < 50; attempt++) await expectTooLarge(await post(backend, huge));
    expect(await ruleCount(backend)).toBe(before);
  }, 30_000); // ~1.5 s alone; 250 MB through two processes takes longer on a loaded CI machine

  it('answers a chunked body with no Content-Length with a readable 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    await expectTooLarge(await post(backend, stream));
  });

  it.each([
    ['Content-Length', 'content-length'],
    ['chunked', 'chunked'],
  ] as const)('reads the whole %s body of a client that sends it all before reading', async (_framing, framing) => {
    const answer = await sendWholeBodyThenRead(backend, framing);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toMatch(/"code":"request_too_large"/);
  });

  it('serves a normal request right after', async () => {
    const before = await ruleCount(backend);
    const response = await post(backend, JSON.stringify({ sampling_rate: 0.5 }));
    expect(response.status).toBe(201);
    expect(await ruleCount(backend)).toBe(before + 1);
  });
});

describe('request bodies under the limit, over real HTTP', () => {
  it('answers 415 to a non-JSON body and 400 parse_error to broken JSON', async () => {
    const wrongType = await post(local, 'sampling_rate=0.5', { 'Content-Type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.json()).toMatchObject({ code: 'unsupported_media_type' });
    const broken = await post(local, '{"sampling_rate": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ type: 'validation_error', code: 'parse_error', attr: null });
  });
});
