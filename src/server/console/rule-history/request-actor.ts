import type { Context } from 'hono';
import type { HistoryActor } from '../../../contract/rule-history';
import type { AppEnv } from '../../app-env';
import { findKeyById } from '../../gateway/personal-api-keys';

/** The person named in the actor header, else the personal API key that wrote, else the dashboard's browser. */
export function requestActor(c: Context<AppEnv>, personName: string | null): HistoryActor {
  if (personName !== null) return { type: 'person', name: personName };
  const principal = c.var.principal;
  if (principal.kind === 'key') {
    const key = findKeyById(c.var.db, principal.id);
    if (key !== null) return { type: 'api_key', label: key.label };
  }
  return { type: 'browser', name: null };
}
