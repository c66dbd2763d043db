import type { TicketConfig } from '../../contract/external-references';
import type { TrackerKind } from '../../contract/integrations';
import { problems } from '../http/api-error';
import type { TrackerConnection } from './tracker-connection';

export type FoundTicket = {
  id: string;
  title: string;
  url?: string | undefined;
  external_context: Record<string, unknown>;
};

export type TrackerClient<K extends TrackerKind> = {
  createTicket(conn: TrackerConnection, config: TicketConfig<K>): Promise<Record<string, unknown>>;
  searchTickets(conn: TrackerConnection, term: string, repository?: string): Promise<FoundTicket[]>;
};

export const searchPageSize = 20;

export function requiredConfigValue(conn: TrackerConnection, key: string): string {
  const value = conn.config[key];
  if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return String(value).trim();
  throw problems.validation(`This ${conn.label} integration has no ${key} in its config.`, null);
}
