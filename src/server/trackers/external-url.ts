import { isTrackerKind, type TrackerKind } from '../../contract/integrations';

type Json = Record<string, unknown>;
type UrlBuilder = (config: Json, context: Json) => string;

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const segment = (value: unknown): string => encodeURIComponent(text(value));
/** Keeps `/` between parts (a namespace path, an `owner/repo`), escapes everything else. */
const path = (value: unknown): string => text(value).split('/').map(encodeURIComponent).join('/');
const origin = (value: unknown): string => text(value).replace(/\/+$/, '');
const accountName = (config: Json): unknown => (config.account as Json | undefined)?.name;

const builders: Record<TrackerKind, UrlBuilder> = {
  // PostHog's link: the account, then the stored repository as it is (a stored `owner/repo` gives a broken link).
  github: (config, context) =>
    `https://github.com/${segment(accountName(config))}/${path(context.repository)}/issues/${segment(context.number)}`,
  linear: (config, context) => `https://linear.app/${segment(config.url_key)}/issue/${segment(context.id)}`,
  gitlab: (config, context) =>
    `${origin(config.hostname)}/${path(config.path_with_namespace)}/issues/${segment(context.issue_id)}`,
  jira: (config, context) => `${origin(config.site_url)}/browse/${segment(context.key)}`,
};

export function externalUrl(kind: string, config: Json, context: Json): string {
  return isTrackerKind(kind) ? builders[kind](config, context) : '';
}
