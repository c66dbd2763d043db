export { FilterBuilder } from './filter-builder';
export { FilterPills } from './filter-pills';
export { describeGroup, summarizeGroup } from './describe-filters';
export { filterGroupFormSchema } from './filter-form-schema';
export { flattenFilterErrors } from './filter-errors';
export { hideUntouched, noUntouchedControls, type UntouchedControls } from './untouched-controls';
