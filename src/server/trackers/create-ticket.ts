import { ticketContextSchemas, type TicketConfig, type TicketContext } from '../../contract/external-references';
import type { TrackerKind } from '../../contract/integrations';
import { problems } from '../http/api-error';
import type { StoredIntegration } from '../store/integrations-repository';
import type { TrackerClient } from './tracker-client';
import { trackerClients } from './tracker-clients';
import { hasCredentials, setTokenWhere, trackerConnection } from './tracker-connection';
import { trackerProblems } from './tracker-problems';

export async function createTicket<K extends TrackerKind>(
  integration: StoredIntegration & { kind: K },
  config: TicketConfig<K>,
): Promise<TicketContext<K>> {
  if (!hasCredentials(integration)) {
    throw problems.validation(
      'This integration has no credentials, so a new ticket cannot be created. Link an existing ticket instead, ' +
        `or set the integration's token ${setTokenWhere}.`,
      'config',
    );
  }
  const conn = trackerConnection(integration);
  const client = trackerClients[integration.kind] as TrackerClient<K>;
  const context = ticketContextSchemas[integration.kind].safeParse(await client.createTicket(conn, config));
  if (!context.success) throw trackerProblems.unexpected(conn, 'with a ticket id this server does not understand');
  return context.data as TicketContext<K>;
}
