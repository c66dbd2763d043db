import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import { QueryView } from '../components/ui/query-view';
import { CurrentEnvironmentContext } from '../lib/environments/current-environment';
import { useEnvironments } from '../data/environments/get-environments';
import { projectsQueryOptions } from '../data/environments/get-projects';
import { rememberEnvironment } from '../lib/environments/last-environment';
import { EnvironmentNotFound } from './environment-not-found';

export function EnvironmentRoute() {
  const { envId = '' } = useParams();
  const environments = useEnvironments();
  // The projects answer a round trip before the environments, and each project is an environment.
  const projects = useQuery({ ...projectsQueryOptions(), enabled: environments.isPending });
  const found =
    environments.data?.results.find((candidate) => String(candidate.id) === envId) ??
    (environments.isPending ? projects.data?.find((candidate) => String(candidate.id) === envId) : undefined);
  const environment = useMemo(() => (found ? { id: found.id, name: found.name } : null), [found]);

  useEffect(() => {
    if (environment) rememberEnvironment(environment.id);
  }, [environment]);

  if (environment) {
    return (
      <CurrentEnvironmentContext value={environment}>
        <Outlet />
      </CurrentEnvironmentContext>
    );
  }
  return (
    <QueryView query={environments} label="environments">
      {(page) => <EnvironmentNotFound envId={envId} environments={page.results} />}
    </QueryView>
  );
}
