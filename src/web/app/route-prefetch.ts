import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, ShouldRevalidateFunction } from 'react-router';
import { environmentsQueryOptions } from '../data/environments/get-environments';
import { projectsQueryOptions } from '../data/environments/get-projects';
import { rememberedEnvironment } from '../lib/environments/last-environment';
import { currentKeyQueryOptions } from '../data/session/get-current-key';
import type { Section } from './sections';

async function canOpen(client: QueryClient, envId: number): Promise<boolean> {
  if (rememberedEnvironment() === envId) return true;
  const projects = await client.fetchQuery(projectsQueryOptions()).catch(() => []);
  if (projects.some((project) => project.id === envId)) return true;
  const environments = await client.ensureQueryData(environmentsQueryOptions());
  return environments.results.some((environment) => environment.id === envId);
}

export function prefetchEnvironment(client: QueryClient): LoaderFunction {
  return () => {
    void client.prefetchQuery(environmentsQueryOptions());
    void client.prefetchQuery(currentKeyQueryOptions());
    return null;
  };
}

/** Returns at once, so the data arrives while the page's chunk loads; failures are left to the page's own queries. */
export function prefetchSection(client: QueryClient, section: Section): LoaderFunction | undefined {
  const { prefetch } = section;
  if (!prefetch) return undefined;
  return ({ params }) => {
    const envId = Number(params.envId);
    if (Number.isSafeInteger(envId) && envId > 0) {
      void canOpen(client, envId)
        .then((open) => open && prefetch(client, envId))
        .catch(() => {});
    }
    return null;
  };
}

/** Only on entering an environment: a loader delays each navigation a turn, and search typing would drop keys. */
export const prefetchOnlyOnEnter: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  currentParams.envId !== nextParams.envId;
