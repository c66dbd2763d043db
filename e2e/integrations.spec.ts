import { shortId } from '../src/web/lib/short-id';
import type { Page } from '@playwright/test';
import { browserOnly, expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';

const linkDialog = (page: Page) => page.getByRole('dialog', { name: 'Link a ticket' });
const integrationItem = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Integrations' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { level: 3, name }),
    });

const storedToken = (dataDir: string) =>
  withDatabase(
    dataDir,
    (db) =>
      db.prepare("SELECT access_token FROM integrations WHERE team_id = 1 AND kind = 'github'").get() as {
        access_token: string | null;
      },
  ).access_token;

async function openCreateDialog(page: Page, integration: string) {
  await page.goto('/env/1/external-references');
  await page.getByRole('button', { name: 'Link ticket' }).click();
  const dialog = linkDialog(page);
  await dialog.getByRole('combobox', { name: 'Integration' }).selectOption({ label: integration });
  await expect(dialog.getByRole('radio', { name: 'Create a new ticket' })).toBeChecked();
  return dialog;
}

// The token routes exist on the local server only: in connected mode PostHog holds the credentials.
test(
  'a token set in Settings makes Create ticket possible; cleared, the dialog says why it is not',
  browserOnly,
  async ({ page, dataDir, resetData }) => {
    resetData();
    const noCredentials = 'This integration has no credentials: set a token in Settings to create tickets.';
    let dialog = await openCreateDialog(page, 'GitHub · acme');
    const create = dialog.getByRole('button', { name: 'Create ticket' });
    await expect(dialog.getByText(noCredentials)).toBeVisible();
    await expect(create).toBeDisabled();
    await expect(dialog.getByText(/npm run/)).toHaveCount(0);

    await dialog.getByRole('link', { name: 'Set a token in Settings' }).click();
    await expect(page).toHaveURL(/\/env\/1\/settings#integrations$/);
    const github = integrationItem(page, 'GitHub · acme');
    await expect(github.getByText('No token')).toBeVisible();
    await expect(github.getByText('Links existing tickets only')).toBeVisible();
    const settingsViolations = await seriousViolations(page);

    const token = 'ghp_e2eTokenTypedInSettings';
    const field = github.getByLabel('Access token');
    await expect(field).toHaveAttribute('type', 'password');
    const answers: string[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/api/')) answers.push(await response.text().catch(() => ''));
    });
    await field.fill(token);
    await github.getByRole('button', { name: 'Save token' }).click();
    await expect(page.getByText('Token saved for GitHub · acme: it can create tickets.')).toBeVisible();
    await expect(github.getByText('Token set')).toBeVisible();
    await expect(github.getByText('Can create tickets')).toBeVisible();
    await expect(github.getByLabel('Replace the access token')).toHaveValue('');
    expect(storedToken(dataDir)).toBe(token);
    expect(answers.filter((text) => text.includes(token))).toEqual([]);
    await expect(page.locator('body')).not.toContainText(token);

    dialog = await openCreateDialog(page, 'GitHub · acme');
    await expect(dialog.getByRole('combobox', { name: 'Repository' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Create ticket' })).toBeEnabled();
    await expect(dialog.getByText(noCredentials)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/env/1/settings');
    await integrationItem(page, 'GitHub · acme').getByRole('button', { name: 'Clear token' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Clear the token of GitHub · acme?' });
    await confirm.getByRole('button', { name: 'Clear token' }).click();
    await expect(integrationItem(page, 'GitHub · acme').getByText('No token')).toBeVisible();
    expect(storedToken(dataDir)).toBeNull();

    dialog = await openCreateDialog(page, 'GitHub · acme');
    await expect(dialog.getByText(noCredentials)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Create ticket' })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Create ticket' })).toHaveAccessibleDescription(noCredentials);
    const dialogViolations = await seriousViolations(page);
    expect([...settingsViolations, ...dialogViolations]).toEqual([]);
  },
);

test('Settings in connected mode says PostHog holds the credentials and offers no token field', async ({
  page,
  backend,
}) => {
  test.skip(backend !== 'connected', 'Connected mode only: the local server sets tokens itself.');
  await page.goto('/env/1/settings');
  const section = page.getByRole('region', { name: 'Integrations' });
  await expect(section.getByText(/PostHog holds these integrations’ credentials/)).toBeVisible();
  await expect(integrationItem(page, 'GitHub · acme').getByText('Held by PostHog')).toBeVisible();
  await expect(section.getByLabel(/access token/i)).toHaveCount(0);
  // The dashboard's server answers only for itself here: there is no token route to reach.
  const probe = await page.request.get('/api/console/environments/1/integrations/');
  expect(probe.status()).toBe(404);
});

test('a Jira link from another site is refused, naming both hosts', browserOnly, async ({ page }) => {
  await page.goto('/env/1/external-references');
  await page.getByRole('button', { name: 'Link ticket' }).click();
  const dialog = linkDialog(page);
  // No issue chosen: the link is refused on its own, before anything is sent.
  await dialog.getByRole('combobox', { name: 'Integration' }).selectOption({ label: 'Jira · acme.atlassian.net' });
  await dialog.getByRole('radio', { name: 'Link an existing ticket' }).check();
  const ticket = dialog.getByRole('textbox', { name: 'Ticket' });
  await ticket.fill('https://evil.example/browse/WEB-5');
  const links: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/external_references/')) links.push(request.url());
  });
  await dialog.getByRole('button', { name: 'Link ticket' }).click();
  const refusal =
    'That link is on evil.example, but this integration’s Jira site is acme.atlassian.net: ' +
    'paste the link of a ticket on acme.atlassian.net, or type its key.';
  await expect(ticket).toHaveAccessibleDescription(new RegExp(refusal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(ticket).toHaveAttribute('aria-invalid', 'true');
  expect(links).toEqual([]);
});

test('the ticket search marks a ticket another issue links, with that issue, and will not pick it', async ({
  page,
  dataDir,
  resetData,
}) => {
  resetData();
  // Demo data: GitHub web-app#142 is linked to the "Checkout crashes…" issue.
  const owner = withDatabase(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT i.id, i.name FROM external_references r JOIN issues i ON i.id = r.issue_id
           JOIN integrations g ON g.id = r.integration_id
           WHERE g.team_id = 1 AND g.kind = 'github' AND r.external_context LIKE '%142%'`,
        )
        .get() as { id: string; name: string },
  );
  const other = withDatabase(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT id, name FROM issues WHERE team_id = 1 AND name IS NOT NULL
           AND id NOT IN (SELECT issue_id FROM external_references) ORDER BY name LIMIT 1`,
        )
        .get() as { id: string; name: string },
  );
  await page.goto(`/env/1/issues/${other.id}`);
  await page.getByRole('region', { name: 'Linked tickets' }).getByRole('button', { name: 'Link ticket' }).click();
  const dialog = linkDialog(page);
  await dialog.getByRole('combobox', { name: 'Integration' }).selectOption({ label: 'GitHub · acme' });
  await dialog.getByRole('radio', { name: 'Link an existing ticket' }).check();
  await dialog.getByRole('combobox', { name: 'Repository' }).fill('web');
  await dialog.getByRole('option', { name: 'acme/web-app' }).click();

  const found = dialog.getByRole('listbox', { name: 'GitHub tickets found' });
  // The demo tracker names GitHub tickets by number.
  const taken = found.getByRole('option', { name: /^142 / });
  const linkedTo = `Already linked to “${owner.name}” · ${shortId(owner.id)}`;
  await expect(taken).toHaveAccessibleDescription(linkedTo);
  await expect(taken).toHaveAttribute('aria-disabled', 'true');
  // A person can still click it (aria-disabled only tells it is not pickable); Playwright needs force for that.
  await taken.click({ force: true });
  await expect(dialog.getByRole('textbox', { name: 'Ticket' })).toHaveValue('');
  await expect(dialog.getByRole('searchbox', { name: 'Search GitHub tickets' })).toHaveAccessibleDescription(
    `142 cannot be picked: a${linkedTo.slice(1)}. Choose another ticket.`,
  );
  const free = found.getByRole('option', { name: /^163 / });
  await expect(free).not.toHaveAttribute('aria-disabled', 'true');
  await free.click();
  await expect(dialog.getByRole('textbox', { name: 'Ticket' })).toHaveValue('web-app#163');
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(
    `the link dialog's buttons stay in view at ${viewport.width}×${viewport.height}`,
    browserOnly,
    async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/env/1/external-references');
      await page.getByRole('button', { name: 'Link ticket' }).click();
      const dialog = linkDialog(page);
      await dialog.getByRole('combobox', { name: 'Integration' }).selectOption({ label: 'GitHub · acme' });
      await dialog.getByRole('radio', { name: 'Link an existing ticket' }).check();
      await dialog.getByRole('combobox', { name: 'Repository' }).fill('web');
      await dialog.getByRole('option', { name: 'acme/web-app' }).click();
      await expect(dialog.getByRole('listbox', { name: 'GitHub tickets found' })).toBeVisible();

      // One of the dialog's tallest states: both buttons are inside the viewport without scrolling.
      for (const name of ['Cancel', 'Link ticket']) {
        const box = await dialog.getByRole('button', { name }).boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.y + box!.height, `${name} bottom`).toBeLessThanOrEqual(viewport.height);
        expect(box!.y, `${name} top`).toBeGreaterThanOrEqual(0);
      }
      // Taller than the viewport in this state, so what keeps the buttons in view is the sticky footer.
      const overflows = await dialog.evaluate((element) => element.scrollHeight > element.clientHeight);
      expect(overflows).toBe(true);
      await dialog.getByRole('textbox', { name: 'Ticket' }).scrollIntoViewIfNeeded();
      const box = await dialog.getByRole('button', { name: 'Link ticket' }).boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    },
  );
}
