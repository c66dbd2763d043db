import type { IssueContext } from '../../../../../rule-engine/types';

export const issueContexts = ['new', 'existing', 'reopened'] as const;
export type IssueContextChoice = (typeof issueContexts)[number];

export const issueContextOptions: { value: IssueContextChoice; label: string }[] = [
  { value: 'new', label: 'New: this is its first exception' },
  { value: 'existing', label: 'Existing: it is already open' },
  { value: 'reopened', label: 'Reopened: it was resolved' },
];

export const readIssueContext = (value: string | null): IssueContextChoice =>
  issueContexts.find((choice) => choice === value) ?? 'new';

/** Assignment runs only on a new or reopened issue; which it is, PostHog knows at ingestion and the person chooses here. */
export const toIssueContext = (choice: IssueContextChoice): IssueContext => ({
  isNew: choice === 'new',
  reopened: choice === 'reopened',
});
