export { FilterBuilder, type FilterBuilderHandle, type FilterBuilderProps } from './filter-builder';
export { FilterPills } from './filter-pills';
export { describeFilter, describeGroup, summarizeGroup } from './describe-filters';
export { filterGroupFormSchema, validateFilterGroup } from './filter-form-schema';
export { flattenFilterErrors, type FilterErrors } from './filter-errors';
export { operatorLabels } from './operators';
export { knownProperties, propertyLabel } from './properties';
