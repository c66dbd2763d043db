import type { TicketConfig, TicketContext } from '../../contract/external-references';
import type { TrackerKind } from '../../contract/integrations';
import { problems } from '../http/api-error';
import type { StoredIntegration } from '../store/integrations-repository';

export function hasCredentials(integration: StoredIntegration): boolean {
  return integration.accessToken !== null && integration.accessToken !== '';
}

/**
 * Creates a ticket in the integration's tracker and answers its `external_context`.
 * No tracker API is wired yet: without credentials the caller is told how to proceed; with them, 502.
 */
export async function createTicket<K extends TrackerKind>(
  integration: StoredIntegration & { kind: K },
  _config: TicketConfig<K>,
): Promise<TicketContext<K>> {
  if (!hasCredentials(integration)) {
    throw problems.validation(
      'This integration has no credentials, so a new ticket cannot be created. Link an existing ticket instead, ' +
        `or add credentials with: npm run integrations -- set-token ${integration.id} <token>`,
      'config',
    );
  }
  throw problems.badGateway(`Creating tickets in ${integration.kind} is not supported yet.`);
}
