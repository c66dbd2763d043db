export const issueSeenInOptions = [
  { value: '24h', label: 'Last 24 hours', dateFrom: '-24h' },
  { value: '7d', label: 'Last 7 days', dateFrom: '-7d' },
  { value: '30d', label: 'Last 30 days', dateFrom: '-30d' },
  { value: '90d', label: 'Last 90 days', dateFrom: '-90d' },
  // PostHog's error tracking query reads "all" as the last four years, its widest window.
  { value: 'all', label: 'All time', dateFrom: 'all' },
] as const;

export type IssueSeenIn = (typeof issueSeenInOptions)[number]['value'];
export const defaultIssueSeenIn: IssueSeenIn = '30d';

export function readIssueSeenIn(value: string | null): IssueSeenIn {
  return issueSeenInOptions.find((option) => option.value === value)?.value ?? defaultIssueSeenIn;
}

export function seenInDateFrom(seenIn: IssueSeenIn): string {
  return issueSeenInOptions.find((option) => option.value === seenIn)?.dateFrom ?? 'all';
}

export function seenInLabel(seenIn: IssueSeenIn): string {
  return issueSeenInOptions.find((option) => option.value === seenIn)?.label ?? 'All time';
}
