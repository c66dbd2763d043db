import { queryOptions, useQuery } from '@tanstack/react-query';
import { githubReposSchema, jiraProjectsSchema, linearTeamsSchema } from '../../../contract/integrations';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { integrationKeys, integrationPath, sameIntegration } from './keys';

export const githubRepoLimit = 20;
// Teams, projects and repositories change rarely; the dialog may be opened many times.
const staleTime = 5 * 60_000;

export function getGithubRepos(envId: number, integrationId: number, search: string, signal?: AbortSignal) {
  const path = withQuery(integrationPath(envId, `${integrationId}/github_repos/`), {
    search: search.trim(),
    limit: githubRepoLimit,
  });
  return api.get(path, githubReposSchema, { signal });
}

export const githubReposQueryOptions = (envId: number, integrationId: number, search: string) =>
  queryOptions({
    queryKey: integrationKeys.picker(envId, integrationId, 'github_repos', { search: search.trim() }),
    queryFn: ({ signal }) => getGithubRepos(envId, integrationId, search, signal),
    placeholderData: (previous, previousQuery) =>
      sameIntegration(previousQuery?.queryKey, integrationId) ? previous : undefined,
    staleTime,
  });

export const linearTeamsQueryOptions = (envId: number, integrationId: number) =>
  queryOptions({
    queryKey: integrationKeys.picker(envId, integrationId, 'linear_teams'),
    queryFn: ({ signal }) =>
      api.get(integrationPath(envId, `${integrationId}/linear_teams/`), linearTeamsSchema, { signal }),
    staleTime,
  });

export const jiraProjectsQueryOptions = (envId: number, integrationId: number) =>
  queryOptions({
    queryKey: integrationKeys.picker(envId, integrationId, 'jira_projects'),
    queryFn: ({ signal }) =>
      api.get(integrationPath(envId, `${integrationId}/jira_projects/`), jiraProjectsSchema, { signal }),
    staleTime,
  });

export const useGithubRepos = (envId: number, integrationId: number, search: string) =>
  useQuery(githubReposQueryOptions(envId, integrationId, search));
