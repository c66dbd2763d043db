import { useEffect, useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import { QueryView } from '../components/ui/query-view';
import { CurrentEnvironmentContext } from '../lib/environments/current-environment';
import { useEnvironments } from '../data/environments/get-environments';
import { rememberEnvironment } from '../lib/environments/last-environment';
import { EnvironmentNotFound } from './environment-not-found';

export function EnvironmentRoute() {
  const { envId = '' } = useParams();
  const projects = useEnvironments();
  const project = projects.data?.results.find((candidate) => String(candidate.id) === envId);
  const environment = useMemo(() => (project ? { id: project.id, name: project.name } : null), [project]);

  useEffect(() => {
    if (environment) rememberEnvironment(environment.id);
  }, [environment]);

  return (
    <QueryView query={projects} label="environments">
      {(page) =>
        environment ? (
          <CurrentEnvironmentContext value={environment}>
            <Outlet />
          </CurrentEnvironmentContext>
        ) : (
          <EnvironmentNotFound envId={envId} environments={page.results} />
        )
      }
    </QueryView>
  );
}
