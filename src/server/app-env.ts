import type { Db } from './store/database';

/** Who is calling: the dashboard's own session (full access) or a personal API key. */
export type Principal =
  { kind: 'session' } | { kind: 'key'; id: string; scopes: string[]; scopedTeams: number[] | null };

/** Hono context variables set by the gateway and the environment middleware. */
export type AppEnv = {
  Variables: {
    db: Db;
    principal: Principal;
    /** The environment (PostHog team) of an `/api/environments/:teamId/…` or `/api/projects/:teamId/…` path. */
    teamId: number;
  };
};
