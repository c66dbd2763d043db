import { ticketContextSchemas, trackerTicketSchema, type TrackerTicket } from '../../contract/external-references';
import type { TrackerKind } from '../../contract/integrations';
import { pickerItems, type StoredIntegration } from '../store/integrations-repository';
import { containsIgnoringCase } from '../store/text-search';
import { externalUrl } from './external-url';
import { trackerClients } from './tracker-clients';
import { hasCredentials, trackerConnection } from './tracker-connection';

/** A GitHub search stays in its one repository, as PostHog's does. */
function searchPickerData(integration: StoredIntegration, search: string, repository?: string): TrackerTicket[] {
  return pickerItems(integration, 'tickets', trackerTicketSchema).filter(
    (ticket) =>
      (repository === undefined || ticket.external_context.repository === repository) &&
      (search === '' || containsIgnoringCase(ticket.title, search) || containsIgnoringCase(ticket.id, search)),
  );
}

export async function searchTickets(
  integration: StoredIntegration & { kind: TrackerKind },
  search: string,
  repository?: string,
): Promise<TrackerTicket[]> {
  if (!hasCredentials(integration)) return searchPickerData(integration, search, repository);
  const found = await trackerClients[integration.kind].searchTickets(
    trackerConnection(integration),
    search,
    repository,
  );
  // A hit whose context could not be linked is left out rather than offered.
  return found.flatMap((hit) => {
    const context = ticketContextSchemas[integration.kind].safeParse(hit.external_context);
    if (!context.success) return [];
    const external_context = context.data as Record<string, unknown>;
    const url = hit.url ?? externalUrl(integration.kind, integration.config, external_context);
    return [{ id: hit.id, title: hit.title, url, external_context }];
  });
}
