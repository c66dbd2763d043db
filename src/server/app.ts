import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env';
import { backendInfoRoutes } from './backend-info';
import { recentExceptionRoutes } from './console/recent-exceptions/recent-exception-routes';
import { recordRuleHistory } from './console/rule-history/record-rule-history';
import { RuleHistoryRecorder } from './console/rule-history/rule-history-recorder';
import { ruleHistoryRoutes } from './console/rule-history/rule-history-routes';
import { localRuleSource, upstreamRuleSource } from './console/rule-history/rule-state-source';
import { ruleStatsRoutes } from './console/rule-stats/rule-stats-routes';
import { proxyRoutes } from './connected/proxy';
import type { Upstream } from './connected/upstream-config';
import { authenticate } from './gateway/authenticate';
import { hostGuard } from './gateway/host-guard';
import { loginRoutes } from './gateway/login';
import { postHogRateLimits, type RateLimits } from './gateway/rate-limit';
import { loadSessionSecret } from './gateway/session';
import { ApiError, errorResponse, problems } from './http/api-error';
import { environmentsDeprecation } from './http/environments-deprecation';
import { captureRoutes } from './ingest/capture-routes';
import { defaultRetention } from './ingest/event-retention';
import type { IngestionOptions } from './ingest/ingest-capture';
import { sdkConfigRoutes } from './ingest/sdk-config-routes';
import { isSdkPath } from './ingest/sdk-paths';
import { localApi } from './local-api';
import { ingestionStatsRoutes } from './local-api/ingestion-stats';
import { integrationCredentialRoutes } from './local-api/integration-credentials';
import { schemaRoutes } from './schema/schema-routes';
import { spaRoutes } from './spa/spa-routes';
import type { Db } from './store/database';

export type AppOptions = {
  db: Db;
  dashboardToken: string | null;
  distDir: string;
  upstream?: Upstream | null;
  rateLimits?: RateLimits;
  /** Local mode only: the capture endpoints, `/flags` and remote config for PostHog's SDKs. */
  ingestion?: IngestionOptions | null;
  /** Rule history entries kept per environment; older ones are deleted as new ones are recorded. */
  historyEntriesKept?: number;
};

const defaultHistoryEntriesKept = 500;

export function createApp({
  db,
  dashboardToken,
  distDir,
  upstream = null,
  rateLimits = postHogRateLimits,
  ingestion = null,
  historyEntriesKept = defaultHistoryEntriesKept,
}: AppOptions): Hono<AppEnv> {
  const sessionSecret = loadSessionSecret(db);
  const app = new Hono<AppEnv>({ strict: false });
  const sdk = upstream === null ? ingestion : null;
  // SDKs post from other origins and hosts with the project token: the dashboard's guards are not theirs.
  const exceptSdk =
    (middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
    async (c, next) =>
      sdk !== null && isSdkPath(c.req.path) ? next() : middleware(c, next);

  app.onError((err) => {
    if (err instanceof ApiError) return errorResponse(err);
    console.error(err);
    return errorResponse(problems.server());
  });
  app.notFound((c) => (c.req.path.startsWith('/api/') ? errorResponse(problems.notFound()) : c.text('Not found', 404)));

  app.use('*', async (c, next) => {
    c.set('db', db);
    await next();
  });
  if (dashboardToken === null) app.use('*', exceptSdk(hostGuard));
  app.use(
    '*',
    exceptSdk(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
        referrerPolicy: 'same-origin',
        crossOriginEmbedderPolicy: false,
      }),
    ),
  );

  // Local mode answers as PostHog does; connected mode passes PostHog's own headers through.
  if (upstream === null) app.use('/api/environments/*', environmentsDeprecation);
  // In connected mode only the dashboard's session may use the server's PostHog key.
  app.use('/api/*', authenticate(sessionSecret, rateLimits, { acceptKeys: upstream === null }));
  const history = new RuleHistoryRecorder(
    db,
    upstream === null ? localRuleSource(db) : upstreamRuleSource(upstream),
    historyEntriesKept,
  );
  app.use('/api/*', recordRuleHistory(history));
  app.route('/api/console', backendInfoRoutes(upstream));
  app.route('/api/console', ruleHistoryRoutes(upstream, history));
  app.route('/api/console', recentExceptionRoutes(upstream));
  app.route('/api/console', ruleStatsRoutes(upstream));
  // The console's own routes, local mode only: in connected mode PostHog holds the credentials and ingests.
  if (upstream === null) {
    app.route('/api/console', integrationCredentialRoutes());
    app.route('/api/console', ingestionStatsRoutes(sdk?.retention ?? defaultRetention));
  }
  app.route('/api', upstream === null ? localApi() : proxyRoutes(upstream));
  app.all('/api/*', () => {
    throw problems.notFound();
  });
  if (sdk !== null) {
    app.route('/', captureRoutes(sdk));
    app.route('/', sdkConfigRoutes());
  }
  app.route('/', schemaRoutes());
  app.route('/', loginRoutes({ dashboardToken, sessionSecret }));
  app.route('/', spaRoutes({ distDir, dashboardToken, sessionSecret }));
  return app;
}
