import { useCallback } from 'react';
import { useBackend } from '../session/get-backend';
import { useIntegrationCredentials, type IntegrationCredentials } from './get-integration-credentials';
import type { TrackerIntegration } from './get-tracker-integrations';

/** Where the person can make creating possible: Settings (a token), PostHog (reconnect), or the server's operator. */
export type TicketCreationFix = 'settings' | 'posthog' | 'server';
export type TicketCreation = { possible: true } | { possible: false; reason: string; fix: TicketCreationFix };

const possible: TicketCreation = { possible: true };

/** PostHog's own marks on an integration whose credentials it can no longer use. */
function postHogRefusal(integration: TrackerIntegration): TicketCreation | null {
  if (integration.errors === 'TOKEN_REFRESH_FAILED') {
    return {
      possible: false,
      reason:
        'PostHog could not refresh this integration’s token, so it cannot create tickets: reconnect it in PostHog.',
      fix: 'posthog',
    };
  }
  if (integration.kind === 'github' && integration.installation_status === 'unavailable') {
    return {
      possible: false,
      reason:
        'The GitHub App of this integration was uninstalled or suspended, so PostHog cannot create tickets: ' +
        'reconnect it in PostHog.',
      fix: 'posthog',
    };
  }
  return null;
}

/**
 * Whether a new ticket can be created through `integration`. `credentials` is the local server's word (undefined in
 * connected mode, or while unknown: then the server stays the judge, and its refusal is shown when it comes).
 */
export function ticketCreationOf(
  integration: TrackerIntegration,
  credentials: IntegrationCredentials[] | undefined,
): TicketCreation {
  const refusal = postHogRefusal(integration);
  if (refusal) return refusal;
  const own = credentials?.find((candidate) => candidate.id === integration.id);
  if (own === undefined) return possible;
  if (own.token_status === 'not_set') {
    return {
      possible: false,
      reason: 'This integration has no credentials: set a token in Settings to create tickets.',
      fix: 'settings',
    };
  }
  if (own.api_base_url === null) {
    return {
      possible: false,
      reason:
        'This integration has no API address to create tickets at: whoever runs this server sets one with its ' +
        'integrations command.',
      fix: 'server',
    };
  }
  return possible;
}

/** The local server's credentials are asked for only in local mode: PostHog holds its own. */
export function useTicketCreation(envId: number) {
  const backend = useBackend();
  const local = backend.data?.mode === 'local';
  const credentials = useIntegrationCredentials(envId, local);
  const known = local ? credentials.data : undefined;
  return useCallback((integration: TrackerIntegration) => ticketCreationOf(integration, known), [known]);
}
