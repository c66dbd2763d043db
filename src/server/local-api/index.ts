import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { environment } from './environment';
import { externalReferenceRoutes } from './external-references';
import { fingerprintRoutes } from './fingerprints';
import { integrationRoutes } from './integrations';
import { issueQueryRoutes } from './issue-query';
import { issueRoutes } from './issues';
import { organizationRoutes } from './organization';
import { personalApiKeyRoutes } from './personal-api-keys';
import { findProject } from '../store/projects-repository';
import { projectRoutes } from './projects';
import { queryRoutes } from './query';
import { ruleRoutes } from './rules';

export function localApi(): Hono<AppEnv> {
  const env = new Hono<AppEnv>({ strict: false });
  env.use('*', environment);
  // `/api/environments/:id/` is PostHog's alias of `/api/projects/:id/`: the same project.
  env.get('/', (c) => c.json(findProject(c.var.db, c.var.teamId)));
  env.route('/error_tracking/assignment_rules', ruleRoutes('assignment'));
  env.route('/error_tracking/grouping_rules', ruleRoutes('grouping'));
  env.route('/error_tracking/suppression_rules', ruleRoutes('suppression'));
  env.route('/error_tracking/external_references', externalReferenceRoutes());
  env.route('/error_tracking/fingerprints', fingerprintRoutes());
  env.route('/error_tracking/issues', issueRoutes());
  env.route('/error_tracking/query/issues', issueQueryRoutes());
  env.route('/integrations', integrationRoutes());
  env.route('/query', queryRoutes());

  const api = new Hono<AppEnv>({ strict: false });
  api.route('/environments/:teamId', env);
  api.route('/projects/:teamId', env);
  api.route('/projects', projectRoutes());
  api.route('/organizations/@current', organizationRoutes());
  api.route('/personal_api_keys', personalApiKeyRoutes());
  return api;
}
