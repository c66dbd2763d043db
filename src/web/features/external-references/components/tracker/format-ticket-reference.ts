import type { TrackerKind } from './tracker-kinds';

type Context = Record<string, unknown>;

const text = (value: unknown): string | null =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' ? String(value) : null;

const formatters: Record<TrackerKind, (context: Context) => string | null> = {
  github: (context) => {
    const repository = text(context.repository);
    const number = text(context.number);
    return repository && number ? `${repository}#${number}` : null;
  },
  gitlab: (context) => text(context.issue_id),
  linear: (context) => text(context.id),
  jira: (context) => text(context.key),
};

/** A ticket's `external_context` the way a person types it (the inverse of parseTicketReference); null if incomplete. */
export function formatTicketReference(kind: TrackerKind, context: Context): string | null {
  return formatters[kind](context);
}
