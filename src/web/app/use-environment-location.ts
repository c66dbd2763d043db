import { useMatch } from 'react-router';
import { defaultSectionPath, isSectionPath } from './sections';

/** The environment id and section of the current URL (`/env/:envId/:section/...`). */
export function useEnvironmentLocation(): { envId: string | null; section: string } {
  const match = useMatch('/env/:envId/*');
  const segment = match?.params['*']?.split('/')[0];
  return { envId: match?.params.envId ?? null, section: isSectionPath(segment) ? segment : defaultSectionPath };
}
