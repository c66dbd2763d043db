import type { z } from 'zod';
import { paginatedSchema } from '../../contract/common';
import { personalApiKeySchema, projectSchema } from '../../contract/organization';
import type { Upstream } from './upstream-config';

export class ConnectionError extends Error {}

async function getJson<S extends z.ZodType>(upstream: Upstream, path: string, schema: S): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(`${upstream.origin}${path}`, {
      headers: { Authorization: `Bearer ${upstream.key}`, Accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.timeout(upstream.timeoutMs),
    });
  } catch (err) {
    throw new ConnectionError(`Could not reach PostHog at ${upstream.origin}: ${(err as Error).message}`);
  }
  const text = await response.text();
  if (response.status === 401 || response.status === 403) {
    const detail = /"detail"\s*:\s*"([^"]*)"/.exec(text)?.[1] ?? `HTTP ${response.status}`;
    throw new ConnectionError(`PostHog at ${upstream.origin} refused the personal API key on ${path}: ${detail}`);
  }
  if (!response.ok) throw new ConnectionError(`PostHog at ${upstream.origin} answered ${response.status} on ${path}.`);
  const parsed = schema.safeParse(JSON.parse(text || 'null'));
  if (!parsed.success) throw new ConnectionError(`${upstream.origin}${path} did not answer like PostHog.`);
  return parsed.data;
}

/** What startup prints about the connection: the key's mask and scopes, and the environments it reaches. */
export async function checkConnection(upstream: Upstream): Promise<string> {
  const key = await getJson(upstream, '/api/personal_api_keys/@current/', personalApiKeySchema);
  let environments: string;
  try {
    const projects = await getJson(upstream, '/api/projects/', paginatedSchema(projectSchema));
    environments = projects.results.map((project) => `${project.id} "${project.name}"`).join(', ') || 'none';
  } catch (err) {
    environments = `unknown (${(err as Error).message})`;
  }
  const scopes = key.scopes.length > 0 ? key.scopes.join(', ') : '*';
  return [
    `Connected to PostHog at ${upstream.origin}`,
    `  key ${key.mask_value ?? '(masked)'} "${key.label}", scopes: ${scopes}`,
    `  environments: ${environments}`,
  ].join('\n');
}
