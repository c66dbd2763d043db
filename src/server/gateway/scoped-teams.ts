import type { Db } from '../store/database';
import { findProject } from '../store/projects-repository';

const teamPath = /^\/api\/(?:console\/)?(?:environments|projects)\/(\d+)(?:\/|$)/;
// The key's own info is the one endpoint PostHog does not restrict by project or organization.
const unrestricted = /^\/api\/personal_api_keys(?:\/|$)/;

export const scopedProjectsOnly = 'API keys with scoped projects are only supported on project-based endpoints.';

/** PostHog's `scoped_teams` check, before the scope check: a path naming another project, or none, is refused. */
export function scopedTeamsRefusal(
  db: Db,
  pathname: string,
  key: { scopes: string[] | null; scoped_teams: number[] | null },
): string | null {
  if (!key.scoped_teams?.length || !key.scopes?.length || unrestricted.test(pathname)) return null;
  const teamId = teamPath.exec(pathname)?.[1];
  if (teamId === undefined) return scopedProjectsOnly;
  const id = Number(teamId);
  // An unknown project stays a 404, answered by the environment middleware.
  if (key.scoped_teams.includes(id) || findProject(db, id) === null) return null;
  return `API key does not have access to the requested project: ID ${id}.`;
}
