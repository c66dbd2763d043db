import type { TrackerKind } from '../../contract/integrations';
import { problems } from '../http/api-error';
import type { StoredIntegration } from '../store/integrations-repository';

export const trackerLabels: Record<TrackerKind, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  linear: 'Linear',
  jira: 'Jira',
};

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const withScheme = (host: string): string => (host === '' || host.includes('://') ? host : `https://${host}`);

const defaultBaseUrls: Record<TrackerKind, (config: Json) => string> = {
  github: () => 'https://api.github.com',
  gitlab: (config) => withScheme(text(config.hostname)) || 'https://gitlab.com',
  linear: () => 'https://api.linear.app',
  jira: (config) => withScheme(text(config.site_url)),
};

export function defaultBaseUrl(kind: TrackerKind, config: Json): string {
  return defaultBaseUrls[kind](config);
}

export function normalizeBaseUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
  return url.href.replace(/\/+$/, '');
}

export function hasCredentials(integration: StoredIntegration): boolean {
  return integration.accessToken !== null && integration.accessToken !== '';
}

export type TrackerConnection = {
  kind: TrackerKind;
  label: string;
  integrationId: number;
  config: Json;
  baseUrl: string;
  token: string;
};

/** Where the browser user sets a token: the messages below reach them through the dashboard. */
export const setTokenWhere = 'in Settings → Integrations';

/** Set by the operator (CLI), never through the API: a token must not be sent anywhere an API caller chooses. */
export function apiBaseUrlOf(integration: StoredIntegration & { kind: TrackerKind }): string | null {
  return normalizeBaseUrl(integration.apiBaseUrl ?? defaultBaseUrl(integration.kind, integration.config));
}

export function trackerConnection(integration: StoredIntegration & { kind: TrackerKind }): TrackerConnection {
  const label = trackerLabels[integration.kind];
  const baseUrl = apiBaseUrlOf(integration);
  if (baseUrl === null) {
    throw problems.validation(
      `This ${label} integration has no valid http(s) API address, so tickets cannot be created or searched with ` +
        'its token. Whoever runs this server sets one with its integrations command (--base-url).',
      null,
    );
  }
  return {
    kind: integration.kind,
    label,
    integrationId: integration.id,
    config: integration.config,
    baseUrl,
    token: integration.accessToken ?? '',
  };
}
