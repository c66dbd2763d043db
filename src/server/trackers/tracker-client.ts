import type { TicketConfig } from '../../contract/external-references';
import type { TrackerKind } from '../../contract/integrations';
import { problems } from '../http/api-error';
import type { TrackerConnection } from './tracker-connection';

/** A search hit before validation; `url` falls back to the one built from the integration's config. */
export type FoundTicket = {
  id: string;
  title: string;
  url?: string | undefined;
  external_context: Record<string, unknown>;
};

/** One tracker's API: create a ticket (answering its `external_context`) and search tickets. */
export type TrackerClient<K extends TrackerKind> = {
  createTicket(conn: TrackerConnection, config: TicketConfig<K>): Promise<Record<string, unknown>>;
  /** `repository`: a bare repository name of the integration's account (GitHub needs one; others ignore it). */
  searchTickets(conn: TrackerConnection, term: string, repository?: string): Promise<FoundTicket[]>;
};

/** How many hits a search asks for. */
export const searchPageSize = 20;

/** A config value the tracker call cannot do without (e.g. GitLab's project_id). */
export function requiredConfigValue(conn: TrackerConnection, key: string): string {
  const value = conn.config[key];
  if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return String(value).trim();
  throw problems.validation(`This ${conn.label} integration has no ${key} in its config.`, null);
}
