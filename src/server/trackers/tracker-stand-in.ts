import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  failureReply,
  okReply,
  type RecordedRequest,
  type Reply,
  type StandInMode,
  type Tracker,
} from './tracker-stand-in-replies';

export type { RecordedRequest, StandInMode };

/** Its `422` echoes the credentials header, as careless APIs do, so tests can check it never reaches a client. */
export type TrackerStandIn = {
  baseUrl: string;
  requests: RecordedRequest[];
  mode: StandInMode;
  reset(): void;
  close(): Promise<void>;
};

const routes: Array<[Tracker, 'create' | 'search' | 'graphql', string, RegExp]> = [
  ['github', 'create', 'POST', /^\/repos\/([^/]+)\/([^/]+)\/issues$/],
  ['github', 'search', 'GET', /^\/search\/issues$/],
  ['gitlab', 'create', 'POST', /^\/api\/v4\/projects\/[^/]+\/issues$/],
  ['gitlab', 'search', 'GET', /^\/api\/v4\/projects\/[^/]+\/issues$/],
  ['linear', 'graphql', 'POST', /^\/graphql$/],
  ['jira', 'create', 'POST', /^\/rest\/api\/3\/issue$/],
  ['jira', 'search', 'GET', /^\/rest\/api\/3\/search\/jql$/],
];

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
      const route = routes.find(([, , method, path]) => method === request.method && path.test(request.path));
      if (!route) return send(res, { status: 404, body: { message: 'Not Found' } });
      if (standIn.mode === 'hang') return;
      const [tracker, action] = route;
      send(
        res,
        standIn.mode === 'ok'
          ? okReply(tracker, action, request, standIn.baseUrl)
          : failureReply(tracker, standIn.mode, request),
      );
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
