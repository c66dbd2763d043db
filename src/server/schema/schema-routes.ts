import { Hono } from 'hono';
import { rulesDocumentJsonSchema, rulesDocumentSchemaPath } from '../../contract/rules-document';
import type { AppEnv } from '../app-env';

/** Public and cacheable: editors fetch it for the `$schema` of a rules document, without a session. */
export function schemaRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });
  const body = JSON.stringify(rulesDocumentJsonSchema(), null, 2);
  routes.get(rulesDocumentSchemaPath, (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('Content-Type', 'application/schema+json; charset=utf-8');
    return c.body(body);
  });
  return routes;
}
