import type { IssueQueryOrder } from '../../../contract/issues';

/** PostHog's query also sorts by sessions, which the list does not show. */
export const issueOrderOptions = [
  { value: 'last_seen', label: 'Last seen' },
  { value: 'first_seen', label: 'First seen' },
  { value: 'occurrences', label: 'Occurrences' },
  { value: 'users', label: 'Users' },
] as const satisfies ReadonlyArray<{ value: IssueQueryOrder; label: string }>;

export type IssueOrder = (typeof issueOrderOptions)[number]['value'];
export const defaultIssueOrder: IssueOrder = 'last_seen';

export function readIssueOrder(value: string | null): IssueOrder {
  return issueOrderOptions.find((option) => option.value === value)?.value ?? defaultIssueOrder;
}
