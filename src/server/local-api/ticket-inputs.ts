import { z } from 'zod';
import { requiredConfigFields, ticketConfigSchemas, ticketContextSchemas } from '../../contract/external-references';
import type { TrackerKind } from '../../contract/integrations';
import { problems } from '../http/api-error';
import { parseOrThrow } from '../http/validation';

/** `external_context` for this tracker, validated (attr `external_context__<field>`) and stripped of unknown keys. */
export function parseTicketContext(kind: TrackerKind, raw: Record<string, unknown>): Record<string, unknown> {
  const schema = z.object({ external_context: ticketContextSchemas[kind] });
  return parseOrThrow(schema, { external_context: raw }).external_context;
}

/** `config` for a new ticket: PostHog's missing-keys message first, then each field's own checks. */
export function parseTicketConfig(kind: TrackerKind, raw: Record<string, unknown>) {
  const missing = requiredConfigFields[kind].filter((field) => raw[field] === undefined || raw[field] === null);
  if (missing.length > 0) {
    throw problems.validation(`Missing required config fields for ${kind}: ${missing.join(', ')}.`, 'config');
  }
  const schema = z.object({ config: ticketConfigSchemas[kind] });
  return parseOrThrow(schema, { config: raw }).config;
}
