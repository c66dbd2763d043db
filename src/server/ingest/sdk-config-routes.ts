import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { Json } from '../../rule-engine/types';
import type { AppEnv } from '../app-env';
import { errorResponse, problems } from '../http/api-error';
import { findProjectIdByToken } from '../store/projects-repository';
import { CaptureError } from './capture-error';
import { captureLimits, readCapturePayload } from './capture-payload';
import { isJsonObject } from './raw-event';
import { remoteConfig, remoteConfigScript } from './remote-config';
import { sdkCors } from './sdk-cors';
import { sdkSuppressionRules } from './sdk-suppression-rules';

// The flags service answers its refusals as plain text (rust/feature-flags/src/api/errors.rs).
const flagsRefusals = {
  noToken: 'No API token provided. Please include a valid API token in your request.',
  badToken: 'The provided API key is invalid or has expired. Please check your API key and try again.',
};

// What the legacy `/decide` carried beside the remote config (ConfigResponse::fallback).
const decideConfig = { config: { enable_collect_everything: true }, isAuthenticated: false, toolbarParams: {} };

async function readFlagsRequest(c: Context<AppEnv>): Promise<Record<string, Json> | Response> {
  try {
    const text = await readCapturePayload(
      { path: c.req.path, query: (name) => c.req.query(name), request: c.req.raw },
      captureLimits.event,
    );
    const value = JSON.parse(text) as Json;
    return isJsonObject(value) ? value : {};
  } catch (err) {
    const detail = err instanceof CaptureError ? err.message : (err as Error).message;
    return c.text(`Failed to parse request: ${detail}. Please ensure your request is properly formatted.`, 400);
  }
}

/** No flags are defined locally: every response shape PostHog has answered, with none in it. */
function flagsBody(kind: 'flags' | 'decide', version: number) {
  const meta = { requestId: randomUUID(), evaluatedAt: Date.now() };
  if (kind === 'decide' && version <= 1) return { featureFlags: [], ...meta };
  if (kind === 'decide' && version === 2) return { featureFlags: {}, ...meta };
  const legacy = kind === 'flags' ? version < 2 : version === 3;
  return legacy
    ? { errorsWhileComputingFlags: false, featureFlags: {}, featureFlagPayloads: {}, ...meta }
    : { errorsWhileComputingFlags: false, flags: {}, ...meta };
}

function flagsHandler(kind: 'flags' | 'decide') {
  return async (c: Context<AppEnv>) => {
    const body = await readFlagsRequest(c);
    if (body instanceof Response) return body;
    const token = [body.token, body.api_key, body.$token].find((value) => typeof value === 'string');
    if (typeof token !== 'string' || token.trim() === '') return c.text(flagsRefusals.noToken, 401);
    const teamId = findProjectIdByToken(c.var.db, token.trim());
    if (teamId === null) return c.text(flagsRefusals.badToken, 401);
    const version = Number(c.req.query('v') ?? '') || 0;
    const withConfig = kind === 'decide' || c.req.query('config') === 'true';
    const flags = flagsBody(kind, version);
    if (!withConfig) return c.json(flags);
    const config = remoteConfig(token.trim(), sdkSuppressionRules(c.var.db, teamId));
    return c.json({ ...decideConfig, ...config, ...flags });
  };
}

/** posthog/api/remote_config.py: tokens are checked for shape, then looked up. */
function configOf(c: Context<AppEnv>): { token: string; config: ReturnType<typeof remoteConfig> } | Response {
  const token = c.req.param('token') ?? '';
  if (token.length > 200 || !/^[a-zA-Z0-9_-]+$/.test(token))
    return errorResponse(problems.validation('Invalid token', null));
  const teamId = findProjectIdByToken(c.var.db, token);
  if (teamId === null) return errorResponse(problems.notFound());
  return { token, config: remoteConfig(token, sdkSuppressionRules(c.var.db, teamId)) };
}

/** What posthog-js asks for before it captures: remote config, and flags when a config says there are some. */
export function sdkConfigRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });
  routes.use('*', sdkCors);
  routes.on(['GET', 'POST'], '/flags', flagsHandler('flags'));
  routes.on(['GET', 'POST'], '/decide', flagsHandler('decide'));
  routes.get('/array/:token/config.js', (c) => {
    const found = configOf(c);
    if (found instanceof Response) return found;
    c.header('Vary', 'Origin, Referer');
    c.header('Content-Type', 'application/javascript');
    return c.body(remoteConfigScript(found.token, found.config));
  });
  routes.get('/array/:token/config', (c) => {
    const found = configOf(c);
    if (found instanceof Response) return found;
    c.header('Vary', 'Origin, Referer');
    return c.json(found.config);
  });
  return routes;
}
