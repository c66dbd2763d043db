import type { ServerFieldTarget } from '../../../../lib/server-field-error';
import { configFields } from './build-link-request';
import type { LinkTicketField } from './link-ticket-values';

const onField = (field: LinkTicketField): ServerFieldTarget<LinkTicketField> => ({ path: field, field });

/**
 * Where a 400's `attr` belongs in the dialog: a field, `root.config` (about the new ticket as a whole, such as "this
 * integration has no credentials"), or null for the dialog's general error.
 */
export function serverErrorTarget(attr: string | null): ServerFieldTarget<LinkTicketField> | null {
  if (attr === null) return null;
  if (attr === 'issue') return onField('issue');
  if (attr === 'integration_id') return onField('integrationId');
  if (attr === 'config') return { path: 'root.config' };
  if (attr.startsWith('config__')) {
    const field = configFields[attr.slice('config__'.length)];
    return field ? onField(field) : { path: 'root.config' };
  }
  if (attr === 'external_context' || attr.startsWith('external_context__')) return onField('reference');
  return null;
}
