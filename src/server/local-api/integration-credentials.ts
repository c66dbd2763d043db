import { Hono, type Context } from 'hono';
import { integrationTokenInputSchema, type IntegrationCredentials } from '../../contract/integration-credentials';
import { isTrackerKind, trackerKinds, type TrackerKind } from '../../contract/integrations';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readBody } from '../http/body';
import { intParam } from '../http/ids';
import {
  findIntegration,
  listEnvironmentIntegrations,
  updateIntegrationCredentials,
  type StoredIntegration,
} from '../store/integrations-repository';
import { apiBaseUrlOf, hasCredentials } from '../trackers/tracker-connection';
import { environment } from './environment';
import { refuseOtherMethods } from './refuse-methods';

type TrackerIntegration = StoredIntegration & { kind: TrackerKind };

const isTracker = (integration: StoredIntegration): integration is TrackerIntegration =>
  isTrackerKind(integration.kind);

/** Whether a token is set, and where it would be used; never the token. */
const credentialsOf = (integration: TrackerIntegration): IntegrationCredentials => ({
  id: integration.id,
  kind: integration.kind,
  token_status: hasCredentials(integration) ? 'set' : 'not_set',
  api_base_url: apiBaseUrlOf(integration),
});

function trackerIntegrationOf(c: Context<AppEnv>): TrackerIntegration {
  const integration = findIntegration(c.var.db, c.var.teamId, intParam(c, 'id'));
  if (!integration) throw problems.notFound();
  if (!isTracker(integration)) {
    throw problems.validation(
      `Integration ${integration.id} is a ${integration.kind} integration; only ${trackerKinds.join(', ')} ` +
        'integrations use a token.',
      null,
    );
  }
  return integration;
}

function saveToken(c: Context<AppEnv>, integration: TrackerIntegration, token: string | null) {
  const { db, teamId } = c.var;
  db.transaction(() => updateIntegrationCredentials(db, integration.id, token))();
  const saved = findIntegration(db, teamId, integration.id);
  if (!saved || !isTracker(saved)) throw problems.notFound();
  return c.json(credentialsOf(saved));
}

/**
 * The console's own routes, mounted only in local mode (in connected mode PostHog holds the credentials): set or clear
 * the token the local server uses to create and search tickets. Scopes as PostHog's integrations: `integration:read`
 * to list, `integration:write` to change. The API base URL stays the operator's (CLI) alone.
 */
export function integrationCredentialRoutes(): Hono<AppEnv> {
  const env = new Hono<AppEnv>({ strict: false });
  env.use('*', environment);

  env.get('/', (c) =>
    c.json({ results: listEnvironmentIntegrations(c.var.db, c.var.teamId).filter(isTracker).map(credentialsOf) }),
  );

  env.put('/:id/token', async (c) => {
    const integration = trackerIntegrationOf(c);
    const { token } = await readBody(c, integrationTokenInputSchema);
    return saveToken(c, integration, token);
  });

  env.delete('/:id/token', (c) => saveToken(c, trackerIntegrationOf(c), null));

  refuseOtherMethods(env, ['/', '/:id/token']);

  const routes = new Hono<AppEnv>({ strict: false });
  routes.route('/environments/:teamId/integrations', env);
  return routes;
}
