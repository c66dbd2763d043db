import { configFields } from './build-link-request';
import type { LinkTicketField } from './link-ticket-values';

/**
 * Where a 400's `attr` belongs in the dialog: a field, `config` (about the new ticket as a whole, such as "this
 * integration has no credentials"), or null for the dialog's general error.
 */
export function serverErrorTarget(attr: string | null): LinkTicketField | 'config' | null {
  if (attr === null) return null;
  if (attr === 'issue') return 'issue';
  if (attr === 'integration_id') return 'integrationId';
  if (attr === 'config') return 'config';
  if (attr.startsWith('config__')) return configFields[attr.slice('config__'.length)] ?? 'config';
  if (attr === 'external_context' || attr.startsWith('external_context__')) return 'reference';
  return null;
}
