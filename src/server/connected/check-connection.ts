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

async function listEnvironments(upstream: Upstream): Promise<string> {
  try {
    const projects = await getJson(upstream, '/api/projects/', paginatedSchema(projectSchema));
    return projects.results.map((project) => `${project.id} "${project.name}"`).join(', ') || 'none';
  } catch (err) {
    return `unknown (${(err as Error).message})`;
  }
}

/** PostHog answers 403 on `/api/projects/` to a project-limited key, but lets it read each project by id. */
async function describeScopedTeams(upstream: Upstream, teamIds: number[]): Promise<string> {
  const names = await Promise.all(
    teamIds.map((id) =>
      getJson(upstream, `/api/projects/${id}/`, projectSchema).then(
        (project) => `${id} "${project.name}"`,
        () => String(id),
      ),
    ),
  );
  return names.join(', ');
}

function opensFirst(upstream: Upstream, scopedTeams: number[]): string | null {
  if (upstream.environmentId !== null) {
    if (scopedTeams.length > 0 && !scopedTeams.includes(upstream.environmentId)) {
      return `  warning: POSTHOG_ENVIRONMENT_ID ${upstream.environmentId} is not one of this key's projects; PostHog will refuse it`;
    }
    return `  opens environment ${upstream.environmentId} (POSTHOG_ENVIRONMENT_ID)`;
  }
  return scopedTeams.length === 1 ? `  opens environment ${scopedTeams[0]} (the key's only project)` : null;
}

export async function checkConnection(upstream: Upstream): Promise<string> {
  const key = await getJson(upstream, '/api/personal_api_keys/@current/', personalApiKeySchema);
  const scopedTeams = key.scoped_teams ?? [];
  const scopes = key.scopes.length > 0 ? key.scopes.join(', ') : '*';
  const lines = [
    `Connected to PostHog at ${upstream.origin}`,
    `  key ${key.mask_value ?? '(masked)'} "${key.label}", scopes: ${scopes}`,
  ];
  if (scopedTeams.length > 0) {
    lines.push(
      `  environments: ${await describeScopedTeams(upstream, scopedTeams)} (the key is limited to these projects)`,
      '  note: PostHog lets a key limited to specific projects list neither environments nor organization members ' +
        'and roles: the environment switcher offers only these, and assignees show as ids. ' +
        'Use a key with access to all projects (or to the organization) for those.',
    );
  } else {
    lines.push(`  environments: ${await listEnvironments(upstream)}`);
  }
  const first = opensFirst(upstream, scopedTeams);
  if (first !== null) lines.push(first);
  return lines.join('\n');
}
