import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { distinctIssues } from './support/issues-data';
import { chooseOption } from './support/select';

const issuePath = (id: string) => `/api/projects/1/error_tracking/issues/${id}/`;

const callApi = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { status?: string; name?: string } };
    },
    { method, path, body },
  );

// Person A is the test's page; person B has a browser of their own (another context: another session).
test('a change made meanwhile by someone else is never overwritten: status notice, merge refused', async ({
  page,
  browser,
  dataDir,
  resetData,
}) => {
  resetData();
  const [target, source] = distinctIssues(dataDir).filter(
    (issue) => issue.status === 'active' && issue.fingerprints >= 1,
  );
  expect(target && source, 'two active issues with distinct descriptions').toBeTruthy();
  const other = await browser.newContext();
  const personB = await other.newPage();
  await Promise.all([page.goto(`/env/1/issues/${target!.id}`), personB.goto(`/env/1/issues/${target!.id}`)]);
  const status = page.getByRole('combobox', { name: 'Status' });
  await expect(status).toHaveText('Active');

  await chooseOption(personB.getByRole('combobox', { name: 'Status' }), 'Resolved');
  await expect(personB.getByText('Status changed to Resolved.')).toBeVisible();
  await chooseOption(status, 'Suppressed');
  await expect(page.getByRole('alert')).toHaveText(
    'Someone else changed the status to Resolved meanwhile, so yours (Suppressed) was not saved.',
  );
  await expect(status).toHaveText('Resolved');
  expect(await seriousViolations(page)).toEqual([]);
  expect((await callApi(page, 'GET', issuePath(target!.id))).body.status).toBe('resolved');
  await page.getByRole('button', { name: 'Change to Suppressed anyway' }).click();
  await expect(page.getByText('Status changed to Suppressed.')).toBeVisible();
  expect((await callApi(page, 'GET', issuePath(target!.id))).body.status).toBe('suppressed');

  await page.getByRole('button', { name: 'Merge issues into this one' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge issues into this one' });
  await dialog.getByRole('combobox', { name: 'Issue to merge' }).fill(source!.description);
  await dialog.getByRole('option').filter({ hasText: source!.description }).click();
  await dialog.getByRole('button', { name: 'Review merge' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Merge 1 issue into this one?' });
  await expect(confirm).toBeVisible();
  expect((await callApi(personB, 'PATCH', issuePath(source!.id), { name: 'Renamed by B' })).status).toBe(200);

  await confirm.getByRole('button', { name: 'Merge' }).click();
  await expect(confirm.getByRole('alert')).toHaveText(
    `Nothing was merged. “${source!.name}” was renamed to “Renamed by B” meanwhile. ` +
      'The sentence above now describes the issues as they are: merge again, or cancel.',
  );
  await expect(confirm).toContainText('the issue below will be deleted');
  await expect(confirm.getByRole('listitem')).toContainText('Renamed by B');
  for (const issue of [target!, source!]) expect((await callApi(page, 'GET', issuePath(issue.id))).status).toBe(200);
  await other.close();
});
