import { readFileSync } from 'node:fs';

export type Upstream = {
  origin: string;
  /** Lives only in server memory: never in a response, page, bundle or log line. */
  key: string;
  environmentId: number | null;
  timeoutMs: number;
};

export class UpstreamConfigError extends Error {}

type Sources = { env: NodeJS.ProcessEnv; flags: Record<string, string | undefined> };

function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UpstreamConfigError(`POSTHOG_HOST must be a URL such as https://us.posthog.com, got "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UpstreamConfigError('POSTHOG_HOST must be an http(s) URL.');
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new UpstreamConfigError('POSTHOG_HOST must be the instance origin only, e.g. https://eu.posthog.com.');
  }
  return url.origin;
}

function readKey({ env, flags }: Sources): string {
  const file = flags['posthog-personal-api-key-file'] ?? env.POSTHOG_PERSONAL_API_KEY_FILE;
  let key = env.POSTHOG_PERSONAL_API_KEY;
  if (file) {
    try {
      key = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UpstreamConfigError(`Cannot read the personal API key file ${file}: ${(err as Error).message}`);
    }
  }
  key = key?.trim();
  if (!key) {
    throw new UpstreamConfigError(
      'POSTHOG_HOST is set but no personal API key: set POSTHOG_PERSONAL_API_KEY or POSTHOG_PERSONAL_API_KEY_FILE.',
    );
  }
  if (!/^[\x21-\x7e]+$/.test(key)) throw new UpstreamConfigError('The personal API key contains invalid characters.');
  return key;
}

/** The key itself is never taken from a flag: it would show in `ps` and shell history. */
export function readUpstream(sources: Sources): Upstream | null {
  const host = sources.flags['posthog-host'] ?? sources.env.POSTHOG_HOST;
  if (!host) return null;
  const environment = sources.flags['posthog-environment-id'] ?? sources.env.POSTHOG_ENVIRONMENT_ID;
  if (environment !== undefined && !/^\d+$/.test(environment)) {
    throw new UpstreamConfigError(`POSTHOG_ENVIRONMENT_ID must be a number, got "${environment}".`);
  }
  const timeoutMs = Number(sources.env.POSTHOG_TIMEOUT_MS ?? 30_000);
  return {
    origin: parseOrigin(host),
    key: readKey(sources),
    environmentId: environment === undefined ? null : Number(environment),
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 30_000,
  };
}
