import { isTrackerKind, trackerKinds } from '../../contract/integrations';
import type { Db } from '../store/database';
import {
  findIntegrationById,
  listAllIntegrations,
  updateIntegrationCredentials,
  type StoredIntegration,
} from '../store/integrations-repository';
import { normalizeBaseUrl } from '../trackers/tracker-connection';
import { expectOnly, ok, runCli, UsageError, type CliResult, type ParsedArgs } from './cli-support';
import { describeBaseUrl, formatIntegrationsTable } from './integrations-table';

export const integrationsUsage = `Usage: npm run integrations -- <command> [options]

Manages the credentials the local Triage Console API uses to create and search tickets in GitHub, GitLab, Linear
and Jira (data directory: $DATA_DIR, default ./data). Without a token, an integration can only link existing tickets.

Commands:
  list                                 List integrations: id, environment, kind, name, token set or not, API base URL.
  set-token ID TOKEN [--base-url URL]  Store the integration's access token (never printed, never sent to API clients).
  clear-token ID                       Remove the integration's token.

Options:
  --base-url URL  The tracker's API address (http or https), e.g. for GitHub Enterprise or a self-hosted GitLab.
                  Without it the current one is kept; the defaults are https://api.github.com, https://gitlab.com
                  (or the integration's hostname), https://api.linear.app and the Jira site URL.
  -h, --help      Show this help.
`;

const options = { 'base-url': { type: 'string' } } as const;
type Parsed = ParsedArgs<typeof options>;

function integrationArg(db: Db, parsed: Parsed, command: string): StoredIntegration {
  const id = parsed.positionals[1];
  if (id === undefined) {
    throw new UsageError(`Missing integration id: npm run integrations -- ${command} ID (ids are shown by "list").`);
  }
  if (!/^\d{1,15}$/.test(id)) throw new UsageError(`Integration ids are integers (see "list"), got: ${id}.`);
  const integration = findIntegrationById(db, Number(id));
  if (!integration) throw new UsageError(`No integration with id ${id}.`);
  if (!isTrackerKind(integration.kind)) {
    throw new UsageError(
      `Integration ${id} is a ${integration.kind} integration; only ${trackerKinds.join(', ')} integrations use a token.`,
    );
  }
  return integration;
}

const nameOf = (integration: StoredIntegration) =>
  `integration ${integration.id} (${integration.kind} "${integration.display_name}", environment ${integration.teamId})`;

function setToken(db: Db, parsed: Parsed): CliResult {
  expectOnly(parsed, 'set-token', ['base-url'], 2);
  const integration = integrationArg(db, parsed, 'set-token');
  const token = parsed.positionals[2];
  if (token === undefined) throw new UsageError('Missing token: npm run integrations -- set-token ID TOKEN.');
  // Printable ASCII without spaces: anything else cannot travel in an HTTP header.
  if (!/^[\x21-\x7e]+$/.test(token)) throw new UsageError('The token must be printable ASCII without spaces.');
  const rawBaseUrl = parsed.values['base-url'];
  let baseUrl: string | undefined;
  if (rawBaseUrl !== undefined) {
    const normalized = normalizeBaseUrl(rawBaseUrl);
    if (normalized === null) {
      throw new UsageError(
        `--base-url must be an http(s) URL without credentials, query or fragment, got: ${rawBaseUrl}.`,
      );
    }
    baseUrl = normalized;
  }
  db.transaction(() => updateIntegrationCredentials(db, integration.id, token, baseUrl))();
  const updated = findIntegrationById(db, integration.id)!;
  return ok(`Token set for ${nameOf(updated)}. API base URL: ${describeBaseUrl(updated)}.\n`);
}

function clearToken(db: Db, parsed: Parsed): CliResult {
  expectOnly(parsed, 'clear-token', [], 1);
  const integration = integrationArg(db, parsed, 'clear-token');
  if (integration.accessToken === null) return ok(`Nothing to clear: ${nameOf(integration)} has no token.\n`);
  db.transaction(() => updateIntegrationCredentials(db, integration.id, null))();
  return ok(`Token cleared for ${nameOf(integration)}. It can link existing tickets until a token is set again.\n`);
}

const commands: Record<string, (db: Db, parsed: Parsed) => CliResult> = {
  list: (db, parsed) => {
    expectOnly(parsed, 'list', [], 0);
    return ok(formatIntegrationsTable(listAllIntegrations(db)));
  },
  'set-token': setToken,
  'clear-token': clearToken,
};

export function runIntegrationsCli(argv: string[], openDb: () => Db): CliResult {
  return runCli({ usage: integrationsUsage, options, commands }, argv, openDb);
}
