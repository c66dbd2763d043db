/** Paths are matched whole and limited to plain characters, so no input can reach another host or endpoint. */
const env = String.raw`/api/(?:environments|projects)/\d+`;
const id = String.raw`[0-9a-fA-F-]{36}`;
const allowed = [
  String.raw`${env}/error_tracking/(?:assignment_rules|grouping_rules|suppression_rules)(?:/reorder|/${id})?`,
  String.raw`${env}/error_tracking/external_references(?:/search_issues|/link_issue|/${id})?`,
  String.raw`${env}/error_tracking/fingerprints(?:/resolve|/${id})?`,
  String.raw`${env}/error_tracking/issues(?:/${id}(?:/assign|/merge|/split)?)?`,
  String.raw`${env}/error_tracking/query/issues`,
  String.raw`${env}/integrations(?:/\d+(?:/linear_teams|/github_repos|/jira_projects)?)?`,
  String.raw`/api/organizations/@current/(?:members|roles)`,
  String.raw`/api/projects(?:/\d+(?:/environments)?)?`,
  String.raw`/api/environments/\d+`,
  String.raw`/api/personal_api_keys/@current`,
].map((pattern) => new RegExp(`^${pattern}/?$`));

export function isForwardedPath(pathname: string): boolean {
  return allowed.some((pattern) => pattern.test(pathname));
}

/** PostHog's canonical form has a trailing slash; without it Django would redirect. */
export function upstreamPath(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}
