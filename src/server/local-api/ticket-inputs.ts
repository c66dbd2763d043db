import { requiredConfigFields, type TicketConfig } from '../../contract/external-references';
import type { TrackerKind } from '../../contract/integrations';
import { problems } from '../http/api-error';

/** PostHog's facade errors: a plain ValidationError, so code `invalid` and no attr. */
export const facadeError = (detail: string) => problems.validation(detail, null, 'invalid');

const nonBlankConfigFields: Record<TrackerKind, string[]> = {
  github: ['repository', 'title'],
  gitlab: ['title'],
  linear: ['team_id', 'title'],
  jira: ['project_key', 'title'],
};

export function parseTicketConfig<K extends TrackerKind>(kind: K, raw: Record<string, unknown>): TicketConfig<K> {
  const required = requiredConfigFields[kind];
  const missing = required.filter((field) => !(field in raw));
  if (missing.length > 0) throw facadeError(`Missing required config fields for ${kind}: ${missing.join(', ')}.`);
  const notText = required.filter((field) => typeof raw[field] !== 'string');
  if (notText.length > 0) throw facadeError(`Config fields for ${kind} must be strings: ${notText.join(', ')}.`);
  const blank = nonBlankConfigFields[kind].filter((field) => String(raw[field]).trim() === '');
  if (blank.length > 0) throw facadeError(`Config fields for ${kind} cannot be blank: ${blank.join(', ')}.`);
  return Object.fromEntries(required.map((field) => [field, raw[field]])) as TicketConfig<K>;
}

const linkContextFields: Record<TrackerKind, Record<string, 'text' | 'number'>> = {
  github: { repository: 'text', number: 'number' },
  gitlab: { issue_id: 'number' },
  linear: { id: 'text' },
  jira: { key: 'text' },
};

/** Text must be URL-path-safe (no `owner/` either), so no stored link can point elsewhere. */
export function parseLinkContext(kind: TrackerKind, raw: Record<string, unknown>): Record<string, unknown> {
  const fields = linkContextFields[kind];
  const error = facadeError(`Missing required external context fields for ${kind}: ${Object.keys(fields).join(', ')}.`);
  return Object.fromEntries(
    Object.entries(fields).map(([field, type]) => {
      let value = raw[field];
      if (typeof value === 'string') value = value.trim();
      if (type === 'number') {
        if (typeof value === 'string' && /^[0-9]{1,10}$/.test(value)) value = Number(value);
        if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw error;
      } else if (typeof value !== 'string' || !/^(?!\.+$)[A-Za-z0-9._-]+$/.test(value)) {
        throw error;
      }
      return [field, value];
    }),
  );
}
