import { resolve } from 'node:path';
import { postHogRateLimits, type RateLimits } from './gateway/rate-limit';
import { defaultRetention, type Retention } from './ingest/event-retention';

export type ServerConfig = {
  host: string;
  port: number;
  dataDir: string;
  demo: boolean;
  dashboardToken: string | null;
  distDir: string;
  rateLimits: RateLimits;
  retention: Retention;
};

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return loopbackHosts.has(host.toLowerCase()) || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8010);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}".`);
  const host = env.HOST ?? '127.0.0.1';
  const dashboardToken = env.DASHBOARD_TOKEN?.trim() || null;
  if (!isLoopbackHost(host) && dashboardToken === null) {
    throw new ConfigError(
      `Refusing to listen on ${host} without DASHBOARD_TOKEN: anyone who can reach it could change your rules. ` +
        'Set DASHBOARD_TOKEN to a long random secret, or keep HOST=127.0.0.1.',
    );
  }
  if (dashboardToken !== null && dashboardToken.length < 16) {
    throw new ConfigError('DASHBOARD_TOKEN must be at least 16 characters.');
  }
  const perMinute = Number(env.RATE_LIMIT_PER_MINUTE ?? postHogRateLimits.perMinute);
  if (!Number.isSafeInteger(perMinute) || perMinute < 1)
    throw new ConfigError(`RATE_LIMIT_PER_MINUTE must be a whole number above 0, got "${env.RATE_LIMIT_PER_MINUTE}".`);
  const wholeNumber = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isSafeInteger(value) || value < 1)
      throw new ConfigError(`${name} must be a whole number above 0, got "${env[name]}".`);
    return value;
  };
  const retention = {
    maxEventsPerEnvironment: wholeNumber('EVENTS_MAX_PER_ENVIRONMENT', defaultRetention.maxEventsPerEnvironment),
    maxAgeDays: wholeNumber('EVENTS_MAX_AGE_DAYS', defaultRetention.maxAgeDays),
  };
  return {
    host,
    port,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    demo: env.DEMO !== '0',
    dashboardToken,
    distDir: resolve(env.DIST_DIR ?? 'dist'),
    // PostHog's hourly limit is ten times its per-minute one.
    rateLimits: { perMinute, perHour: perMinute * 10 },
    retention,
  };
}
