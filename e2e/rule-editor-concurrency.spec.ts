import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { chooseAssignee, openRule, openRules, ruleKinds, ruleRows } from './support/rules-page';

const kind = ruleKinds.assignment;
const theirFilters = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['ConcurrencyError'] }],
};

function callApi(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: response.status === 204 ? null : ((await response.json()) as unknown) };
    },
    { method, path, body },
  );
}

test('a save over a rule someone else changed saves nothing, shows both versions, and saves the merge', async ({
  page,
  browser,
  baseURL,
  backend,
  resetData,
}) => {
  resetData();
  await openRules(page, kind);
  const id = await ruleRows(page, kind).nth(1).getAttribute('data-rule-id');
  const rulePath = `/api/projects/1/error_tracking/assignment_rules/${id}/`;
  const dialog = await openRule(page, kind, 2);

  const other = await browser.newContext({ baseURL });
  const b = await other.newPage();
  await b.goto('/env/1/settings');
  expect((await callApi(b, 'PATCH', rulePath, { filters: theirFilters })).status).toBe(204);

  await chooseAssignee(dialog, 'Daniel Brooks');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const region = dialog.getByRole('region', { name: 'Someone else changed this rule' });
  await expect(region).toBeFocused();
  const filters = region.getByRole('radiogroup', { name: 'Filters' });
  await expect(filters.getByRole('radio', { name: 'Theirs' })).toBeChecked();
  await expect(filters).toContainText('Exception type is ConcurrencyError');
  await expect(filters).toContainText('URL contains');
  const assignee = region.getByRole('radiogroup', { name: 'Assignee' });
  await expect(assignee.getByRole('radio', { name: 'Yours' })).toBeChecked();
  await expect(assignee).toContainText('Priya Raman');
  await expect(assignee).toContainText('Daniel Brooks');
  // The view is the same markup in both modes: checked once.
  if (backend === 'local') expect(await seriousViolations(page, '.rule-conflict')).toEqual([]);
  const stored = await callApi(b, 'GET', rulePath);
  expect(stored.json).toMatchObject({ filters: theirFilters });

  await region.getByRole('button', { name: 'Save merged version' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Saved the merged version of “.+” \(\w{8}\)\./ }),
  ).toBeVisible();
  await expect(region).toBeHidden();
  // The dialog is named by the rule's title, which now names the new assignee.
  const saved = page.getByRole('dialog', { name: /→ Daniel Brooks/ });
  await expect(saved.getByRole('combobox', { name: /^Assignee/ })).toHaveValue('Daniel Brooks');
  await expect(saved.getByText('No changes to save')).toBeVisible();

  const members = (await callApi(b, 'GET', '/api/organizations/@current/members/')).json as {
    results: { user: { id: number; first_name: string } }[];
  };
  const daniel = members.results.find((member) => member.user.first_name === 'Daniel')!.user.id;
  const merged = await callApi(b, 'GET', rulePath);
  expect(merged.json).toMatchObject({ filters: theirFilters, assignee: { type: 'user', id: daniel } });
  await other.close();
});

test.describe('a rule deleted meanwhile', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('a save over a rule someone else deleted meanwhile says so and creates nothing', async ({
    page,
    browser,
    baseURL,
    resetData,
  }) => {
    resetData();
    await openRules(page, kind);
    const id = await ruleRows(page, kind).nth(2).getAttribute('data-rule-id');
    const dialog = await openRule(page, kind, 3);

    const other = await browser.newContext({ baseURL });
    const b = await other.newPage();
    await b.goto('/env/1/settings');
    const rulePath = `/api/projects/1/error_tracking/assignment_rules/${id}/`;
    expect((await callApi(b, 'DELETE', rulePath)).status).toBe(204);

    await chooseAssignee(dialog, 'Daniel Brooks');
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByText('This rule no longer exists')).toBeVisible();
    expect((await callApi(b, 'GET', rulePath)).status).toBe(404);
    const list = (await callApi(b, 'GET', '/api/projects/1/error_tracking/assignment_rules/')).json as {
      count: number;
    };
    expect(list.count).toBe(kind.count - 1);
    await other.close();
  });
});
