import { eventPropertiesSchema, type ExceptionEvent } from '../../../contract/recent-exceptions';
import { isUuid } from '../../http/ids';

/** The `$exception_*` lists cymbal writes; PostHog's rows hold each as its JSON text. */
const listProperties = [
  '$exception_types',
  '$exception_values',
  '$exception_sources',
  '$exception_functions',
  '$exception_list',
];

const zeroUuid = '00000000-0000-0000-0000-000000000000';

function jsonObject(value: unknown): Record<string, unknown> | null {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? Object.fromEntries(Object.entries(parsed))
    : null;
}

/** A list kept as JSON text becomes the list; anything that is not one stays as it came. */
function withLists(properties: Record<string, unknown>): Record<string, unknown> {
  const read = { ...properties };
  for (const key of listProperties) {
    const value = read[key];
    if (typeof value !== 'string') continue;
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) read[key] = parsed;
    } catch {
      // Not JSON: the rule engine sees the text, as PostHog's filters would.
    }
  }
  return read;
}

function timestampOf(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** `issue_id` is a UUID column: PostHog may send the zero UUID for "none". */
function issueIdOf(value: unknown): string | null | undefined {
  if (value === null || value === zeroUuid) return null;
  return typeof value === 'string' && isUuid(value) ? value.toLowerCase() : undefined;
}

export type ColumnPositions = Record<'uuid' | 'timestamp' | 'issue_id' | 'fingerprint' | 'properties', number>;

/** One positional row of the exception query, or null when it cannot be read (it is then counted, not shown). */
export function readExceptionRow(row: unknown, at: ColumnPositions, width: number): ExceptionEvent | null {
  if (!Array.isArray(row) || row.length !== width) return null;
  const [uuid, fingerprint] = [row[at.uuid], row[at.fingerprint]];
  const timestamp = timestampOf(row[at.timestamp]);
  const issueId = issueIdOf(row[at.issue_id]);
  const object = jsonObject(row[at.properties]);
  const properties = object === null ? null : (eventPropertiesSchema.safeParse(withLists(object)).data ?? null);
  if (typeof uuid !== 'string' || !isUuid(uuid) || timestamp === null || issueId === undefined) return null;
  if ((fingerprint !== null && typeof fingerprint !== 'string') || properties === null) return null;
  return {
    uuid: uuid.toLowerCase(),
    timestamp,
    issue_id: issueId,
    fingerprint,
    properties,
  };
}
