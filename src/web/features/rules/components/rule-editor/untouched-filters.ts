import { createContext } from 'react';
import { noUntouchedControls, type UntouchedControls } from '../../../../components/filter-builder';

type UntouchedFilters = { controls: UntouchedControls; set: (controls: UntouchedControls) => void };

/** The rule form's new filter controls whose errors wait (see FilterBuilder's `untouched`). */
export const UntouchedFiltersContext = createContext<UntouchedFilters>({
  controls: noUntouchedControls,
  set: () => undefined,
});
