import { screen, within } from '@testing-library/react';
import type { Assignee } from '../../../contract/assignee';
import { hoursAgo, makeIssue } from '../../test/issue-fixtures';
import { members, roles } from '../../test/organization-fixtures';
import { openPage } from '../../test/open-page';
import { assignmentRule } from '../../test/rule-fixtures';
import { startTestApi } from '../../test/start-test-api';

export const maya: Assignee = { type: 'user', id: 7 };
export const priya: Assignee = { type: 'user', id: 9 };
export const frontend: Assignee = { type: 'role', id: roles[0]!.id };

export const rules = [
  assignmentRule(1, {
    filters: {
      type: 'AND',
      values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] }],
    },
    assignee: maya,
  }),
  assignmentRule(2, {
    filters: {
      type: 'AND',
      values: [{ key: '$current_url', type: 'event', operator: 'icontains', value: '/checkout' }],
    },
    assignee: frontend,
  }),
  // Disabled by ingestion: PostHog skips it, so it picks nobody.
  assignmentRule(3, {
    filters: {
      type: 'AND',
      values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['SyntaxError'] }],
    },
    assignee: priya,
    disabled_data: { message: 'Rule failed' },
  }),
];

export const eventUuid = (n: number, k: number) => `0190f4c4-5555-7000-8000-${String(n * 10 + k).padStart(12, '0')}`;

/**
 * Issue n's events: its first exception (`first`) a day ago, and a later one that alone would pick someone else,
 * so the pick shows which event was read.
 */
function issueWith(n: number, name: string, assignee: Assignee | null, first: Record<string, unknown>) {
  const issue = makeIssue(n, { name, assignee, occurrences: 0 });
  const events = [
    { uuid: eventUuid(n, 1), issueId: issue.id, timestamp: hoursAgo(24), properties: first },
    {
      uuid: eventUuid(n, 2),
      issueId: issue.id,
      timestamp: hoursAgo(1),
      properties: { $exception_types: ['TypeError'], $current_url: 'https://shop.example/checkout' },
    },
  ];
  return { issue, events };
}

export const seeded = {
  typeError: issueWith(1, 'TypeError in cart', null, { $exception_types: ['TypeError'] }),
  checkout: issueWith(2, 'RangeError at checkout', null, {
    $exception_types: ['RangeError'],
    $current_url: 'https://shop.example/checkout/pay',
  }),
  syntax: issueWith(3, 'SyntaxError in parser', null, { $exception_types: ['SyntaxError'] }),
  kept: issueWith(4, 'TypeError already Maya’s', maya, { $exception_types: ['TypeError'] }),
  moved: issueWith(5, 'TypeError given to Priya', priya, { $exception_types: ['TypeError'] }),
  orphan: issueWith(6, 'ReferenceError of Priya', priya, { $exception_types: ['ReferenceError'] }),
  second: issueWith(7, 'TypeError in search', null, { $exception_types: ['TypeError'] }),
  third: issueWith(8, 'RangeError at checkout again', null, {
    $exception_types: ['RangeError'],
    $current_url: '/checkout',
  }),
};
export const all = Object.values(seeded);

export function setup() {
  const api = startTestApi();
  api.seedIssues(all.map(({ issue }) => issue));
  api.seedEvents(all.flatMap(({ events }) => events));
  api.seedRules('assignment', rules);
  return api;
}

export const firstRoute = 'GET /api/console/environments/1/exceptions/first/';
export const assignRoute = (id: string) => `PATCH /api/projects/1/error_tracking/issues/${id}/assign/`;

export const nameOf = (assignee: { type: string; id: number | string } | null) =>
  assignee === null
    ? 'Nobody'
    : assignee.type === 'user'
      ? members.map((member) => member.user).find((user) => user.id === assignee.id)!.first_name
      : roles.find((role) => role.id === assignee.id)!.name;

export const rowOf = (issueName: string) => screen.getByRole('link', { name: issueName }).closest('tr')!;
export const cellOf = (issueName: string, column: string) =>
  within(rowOf(issueName)).getAllByRole('cell')[
    ['tick', 'Assignee now', 'Rules pick', 'Change', 'Picked by', 'Explain'].indexOf(column)
  ]!;

export async function openReapply(set: string) {
  const view = await openPage(`/env/1/rule-lab/reapply?set=${set}`);
  await screen.findByRole('table', {}, { timeout: 8000 });
  // Names arrive with the directory; wait for them so the cells read as people.
  await screen.findAllByText('Maya Okafor');
  return view;
}
