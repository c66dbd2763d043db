import { createContext, useContext } from 'react';

export type CurrentEnvironment = { id: number; name: string };

/** Set by the environment route once the id in the URL is known to exist. */
export const CurrentEnvironmentContext = createContext<CurrentEnvironment | null>(null);

export function useCurrentEnvironment(): CurrentEnvironment {
  const environment = useContext(CurrentEnvironmentContext);
  if (environment === null) throw new Error('useCurrentEnvironment() is only available inside /env/:envId routes.');
  return environment;
}

export function useOptionalEnvironment(): CurrentEnvironment | null {
  return useContext(CurrentEnvironmentContext);
}
