import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { standInReply, type RecordedRequest, type Reply, type StandInMode } from './tracker-stand-in-replies';

export type { RecordedRequest, StandInMode };

/** Its `422` echoes the credentials header, as careless APIs do, so tests can check it never reaches a client. */
export type TrackerStandIn = {
  baseUrl: string;
  requests: RecordedRequest[];
  mode: StandInMode;
  reset(): void;
  close(): Promise<void>;
};

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown = text === '' ? undefined : text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Recorded as text.
  }
  return {
    method: req.method ?? '',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
  };
}

function send(res: ServerResponse, { status, body }: Reply): void {
  const json = typeof body !== 'string';
  res.writeHead(status, { 'Content-Type': json ? 'application/json' : 'text/plain' });
  res.end(json ? JSON.stringify(body) : body);
}

export async function startTrackerStandIn(): Promise<TrackerStandIn> {
  const standIn = { baseUrl: '', requests: [] as RecordedRequest[], mode: 'ok' as StandInMode };
  const server = createServer((req, res) => {
    void record(req).then((request) => {
      standIn.requests.push(request);
      const reply = standInReply(standIn.mode, request, standIn.baseUrl);
      if (reply !== null) send(res, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(standIn, {
    reset() {
      standIn.mode = 'ok';
      standIn.requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
