import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, ShouldRevalidateFunction } from 'react-router';
import { environmentsQueryOptions } from '../data/environments/get-environments';
import { rememberedEnvironment } from '../lib/environments/last-environment';
import { currentKeyQueryOptions } from '../data/session/get-current-key';
import type { Section } from './sections';

/** True once the session's environments are known to include `envId`; at once for the one opened last time. */
async function canOpen(client: QueryClient, envId: number): Promise<boolean> {
  if (rememberedEnvironment() === envId) return true;
  const environments = await client.ensureQueryData(environmentsQueryOptions());
  return environments.results.some((environment) => environment.id === envId);
}

/**
 * The loader of `/env/:envId`: what every page of an environment waits for (the environments, the key's scopes) is
 * asked for as soon as the URL is known, not once the page's chunk has loaded and rendered.
 */
export function prefetchEnvironment(client: QueryClient): LoaderFunction {
  return () => {
    void client.prefetchQuery(environmentsQueryOptions());
    void client.prefetchQuery(currentKeyQueryOptions());
    return null;
  };
}

/**
 * A route loader that starts the section's first requests and returns at once: the data arrives while the page's
 * chunk loads instead of after it renders. Only for an environment this session can open (as EnvironmentRoute
 * checks), so a wrong URL asks for nothing more. Failures are left to the page's own queries, which show them.
 */
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

/**
 * The prefetch loaders run when their route starts to match or the environment changes, never again for a search
 * or a child route: a loader to run makes a navigation wait a turn, and typing into a search box kept in the URL
 * would then drop keys.
 */
export const prefetchOnlyOnEnter: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  currentParams.envId !== nextParams.envId;
