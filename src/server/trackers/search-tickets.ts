import { trackerTicketSchema, type TrackerTicket } from '../../contract/external-references';
import { problems } from '../http/api-error';
import { pickerItems, type StoredIntegration } from '../store/integrations-repository';
import { containsIgnoringCase } from '../store/text-search';
import { hasCredentials } from './create-ticket';

/** Tickets whose title or id contains `search`, from the picker data of an integration without credentials. */
export function searchTickets(integration: StoredIntegration, search: string): TrackerTicket[] {
  if (hasCredentials(integration)) {
    throw problems.badGateway(`Searching tickets in ${integration.kind} is not supported yet.`);
  }
  return pickerItems(integration, 'tickets', trackerTicketSchema).filter(
    (ticket) => search === '' || containsIgnoringCase(ticket.title, search) || containsIgnoringCase(ticket.id, search),
  );
}
