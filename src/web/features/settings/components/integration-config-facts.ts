import type { TrackerIntegration } from '../../../data/integrations/get-tracker-integrations';

export type ConfigFact = { term: string; value: string };

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** Where the integration's tickets live, from its config, in the words each tracker uses. */
export function integrationConfigFacts({ kind, config }: TrackerIntegration): ConfigFact[] {
  const facts: Array<[string, string | null]> = [];
  switch (kind) {
    case 'github':
      facts.push(['Account', text((config.account as { name?: unknown } | undefined)?.name)]);
      break;
    case 'gitlab':
      facts.push(['Project', text(config.path_with_namespace)], ['Instance', text(config.hostname)]);
      break;
    case 'linear':
      facts.push(['Workspace', text(config.workspace_name) ?? text(config.url_key)]);
      break;
    case 'jira':
      facts.push(['Site', text(config.site_url)]);
      break;
  }
  return facts.flatMap(([term, value]) => (value === null ? [] : [{ term, value }]));
}
