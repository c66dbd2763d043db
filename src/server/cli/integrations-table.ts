import type { StoredIntegration } from '../store/integrations-repository';
import { isTrackerKind } from '../../contract/integrations';
import { defaultBaseUrl, hasCredentials } from '../trackers/tracker-connection';
import { formatTable } from './cli-support';

const headers = ['ID', 'ENV', 'KIND', 'NAME', 'TOKEN', 'API BASE URL'];

export function describeBaseUrl(integration: StoredIntegration): string {
  if (integration.apiBaseUrl !== null) return integration.apiBaseUrl;
  if (!isTrackerKind(integration.kind)) return '-';
  const fallback = defaultBaseUrl(integration.kind, integration.config);
  return fallback === '' ? 'none (set one with --base-url)' : `${fallback} (default)`;
}

/** Tokens never reach it: only whether one is set. */
export function formatIntegrationsTable(integrations: StoredIntegration[]): string {
  if (integrations.length === 0) return 'No integrations yet.\n';
  const rows = integrations.map((integration) => [
    String(integration.id),
    String(integration.teamId),
    integration.kind,
    integration.display_name,
    hasCredentials(integration) ? 'yes' : 'no',
    describeBaseUrl(integration),
  ]);
  return formatTable(headers, rows);
}
