import { Hono } from 'hono';
import type { PersonalApiKey } from '../../contract/organization';
import type { AppEnv } from '../app-env';
import { findKeyById, type StoredKey } from '../gateway/personal-api-keys';
import { problems } from '../http/api-error';

const sessionKey: PersonalApiKey = {
  id: 'session',
  label: 'Dashboard session',
  mask_value: null,
  scopes: ['*'],
  scoped_teams: null,
  scoped_organizations: null,
};

/** Never the secret or its hash; a legacy key without scopes may do everything: `["*"]`. */
export function describeKey(key: StoredKey): PersonalApiKey {
  return {
    id: key.id,
    label: key.label,
    mask_value: key.mask_value,
    scopes: key.scopes === null || key.scopes.length === 0 ? ['*'] : key.scopes,
    scoped_teams: key.scoped_teams,
    scoped_organizations: null,
    created_at: key.created_at,
    last_used_at: key.last_used_at,
  };
}

/** Only `@current`, which needs no scope: a client checks what its key may do. */
export function personalApiKeyRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });

  routes.get('/@current', (c) => {
    const principal = c.var.principal;
    if (principal.kind === 'session') return c.json(sessionKey);
    const key = findKeyById(c.var.db, principal.id);
    if (!key) throw problems.notFound();
    return c.json(describeKey(key));
  });

  return routes;
}
