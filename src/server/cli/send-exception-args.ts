import { parseArgs } from 'node:util';
import { UsageError } from './cli-support';

/** What `npm run send-exception` sends, as the command line asked. */
export type SendExceptionArgs = {
  help: boolean;
  envId: number | null;
  type: string;
  message: string;
  url: string | null;
  distinctId: string;
  fingerprint: string | null;
  count: number;
  host: string | null;
};

const maxCount = 1000;

export const sendExceptionDefaults = {
  type: 'Error',
  message: 'Test exception sent by npm run send-exception',
  distinctId: 'send-exception',
};

export const sendExceptionUsage = `Usage: npm run send-exception -- [options]

Sends exceptions to the local Triage Console server through posthog-node, as an app would: captureException() with
the environment's project token, which is read from the data directory ($DATA_DIR, default ./data). The server must
be running; each exception goes through the environment's suppression, grouping and assignment rules.

Options:
  --env ID            The environment to send to (default: the first one).
  --type TYPE         The exception's type, the Error's name (default: ${sendExceptionDefaults.type}).
  --message TEXT      Its message (default: "${sendExceptionDefaults.message}").
  --url URL           Sent as $current_url, which URL filters of rules match.
  --distinct-id ID    Who it happened to (default: ${sendExceptionDefaults.distinctId}).
  --fingerprint TEXT  Sent as $exception_fingerprint: exceptions sent with the same one join one issue.
  --count N           How many to send, 1 to ${maxCount} (default: 1).
  --host URL          The server's address (default: http://$HOST:$PORT, as npm start listens: 127.0.0.1:8010).
  -h, --help          Show this help.

Example: npm run send-exception -- --env 1 --type TypeError --message "x is undefined" --url https://shop.example/cart
`;

const options = {
  env: { type: 'string' },
  type: { type: 'string' },
  message: { type: 'string' },
  url: { type: 'string' },
  'distinct-id': { type: 'string' },
  fingerprint: { type: 'string' },
  count: { type: 'string' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number | null {
  if (value === undefined) return null;
  const number = /^\d{1,15}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max)
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, got: ${value}.`);
  return number;
}

function text(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === '') throw new UsageError(`--${name} is empty: leave it out for the default.`);
  return trimmed;
}

/** An http(s) origin, as posthog-node's `host` takes it: no path, query or credentials. */
function origin(value: string | undefined): string | null {
  const given = text('host', value);
  if (given === null) return null;
  let url: URL | null = null;
  try {
    url = new URL(given);
  } catch {
    url = null;
  }
  const bare = url !== null && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (url === null || !/^https?:$/.test(url.protocol) || !bare)
    throw new UsageError(`--host takes the server's address, e.g. http://127.0.0.1:8010, got: ${given}.`);
  return url.origin;
}

export function parseSendExceptionArgs(argv: string[]): SendExceptionArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${sendExceptionUsage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  return {
    help: values.help === true,
    envId: wholeNumber('env', values.env, 1, Number.MAX_SAFE_INTEGER),
    type: text('type', values.type) ?? sendExceptionDefaults.type,
    message: text('message', values.message) ?? sendExceptionDefaults.message,
    url: text('url', values.url),
    distinctId: text('distinct-id', values['distinct-id']) ?? sendExceptionDefaults.distinctId,
    fingerprint: text('fingerprint', values.fingerprint),
    count: wholeNumber('count', values.count, 1, maxCount) ?? 1,
    host: origin(values.host),
  };
}
