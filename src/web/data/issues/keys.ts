import { resourceKeys } from '../query-keys';

const issues = resourceKeys('issues');

export const issueKeys = {
  ...issues,
  search: (envId: number, text: string) => [...issues.all(envId), 'search', text] as const,
};

export const issuesPath = 'error_tracking/issues/';
