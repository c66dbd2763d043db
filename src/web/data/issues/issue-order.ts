import type { IssueQueryOrder } from '../../../contract/issues';

/** PostHog's query also sorts by sessions, which the list does not show. */
export const issueOrderOptions = [
  { value: 'last_seen', label: 'Last seen', descending: 'newest first', ascending: 'oldest first' },
  { value: 'first_seen', label: 'First seen', descending: 'newest first', ascending: 'oldest first' },
  { value: 'occurrences', label: 'Occurrences', descending: 'most first', ascending: 'fewest first' },
  { value: 'users', label: 'Users', descending: 'most first', ascending: 'fewest first' },
] as const satisfies ReadonlyArray<{ value: IssueQueryOrder; label: string; descending: string; ascending: string }>;

export type IssueOrder = (typeof issueOrderOptions)[number]['value'];
export const defaultIssueOrder: IssueOrder = 'last_seen';

/** PostHog's `orderDirection`. */
export type IssueDirection = 'ASC' | 'DESC';

export function readIssueOrder(value: string | null): IssueOrder {
  return issueOrderOptions.find((option) => option.value === value)?.value ?? defaultIssueOrder;
}

/** `?dir=asc`; anything else is PostHog's default, descending. */
export const readIssueDirection = (value: string | null): IssueDirection => (value === 'asc' ? 'ASC' : 'DESC');

/** One "Sort by" choice is an order and its direction: `last_seen` (descending) or `last_seen:asc`. */
export const issueSortOptions = issueOrderOptions.flatMap((option) => [
  { value: option.value, label: `${option.label}, ${option.descending}` },
  { value: `${option.value}:asc`, label: `${option.label}, ${option.ascending}` },
]);

export const issueSortValue = (order: IssueOrder, direction: IssueDirection) =>
  direction === 'ASC' ? `${order}:asc` : order;

export function readIssueSortValue(value: string): { order: IssueOrder; direction: IssueDirection } {
  const [order = '', direction = null] = value.split(':');
  return { order: readIssueOrder(order), direction: readIssueDirection(direction) };
}
