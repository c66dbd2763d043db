import { useMatch } from 'react-router';
import { defaultSectionPath, isSectionPath } from './sections';

export function useEnvironmentLocation(): { envId: string | null; section: string } {
  const match = useMatch('/env/:envId/*');
  const segment = match?.params['*']?.split('/')[0];
  return { envId: match?.params.envId ?? null, section: isSectionPath(segment) ? segment : defaultSectionPath };
}
