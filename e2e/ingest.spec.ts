import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { PostHog } from 'posthog-node';
import { expect, test } from './fixtures';
import { withDatabase } from './support/database';
import { e2ePort } from './support/paths';

const tokenOf = (dataDir: string, envId: number) =>
  withDatabase(dataDir, (db) => db.prepare('SELECT api_token FROM projects WHERE id = ?').pluck().get(envId) as string);

const storedTrace = (dataDir: string, type: string) =>
  withDatabase(dataDir, (db) =>
    db
      .prepare(`SELECT trace FROM exception_events WHERE json_extract(properties, '$."$exception_types"[0]') = ?`)
      .pluck()
      .all(type),
  ).map((trace) => JSON.parse(trace as string) as { assignment: { winner: string | null }; issue: object });

/** As the dashboard calls its API: from the page, with the page's session. */
const createAssignmentRule = (page: Page, body: object) =>
  page.evaluate(async (body) => {
    const response = await fetch('/api/projects/1/error_tracking/assignment_rules/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, rule: (await response.json()) as { id: string } };
  }, body);

test.describe('an exception sent with posthog-node', () => {
  test.afterEach(({ resetData }) => resetData());

  test('shows in the open Issues page as a new issue, assigned by the rule that matches it', async ({
    page,
    dataDir,
    backend,
    baseURL,
    resetData,
  }) => {
    // The list polls every 15 s: the new issue arrives on its own.
    test.setTimeout(60_000);
    resetData();
    const type = `CheckoutTimeoutError${randomUUID().slice(0, 8)}`;
    await page.goto('/env/1/issues');
    await expect(page.getByRole('rowheader').first()).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: type })).toHaveCount(0);

    const { status, rule } = await createAssignmentRule(page, {
      filters: { type: 'AND', values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [type] }] },
      assignee: { type: 'user', id: 2 },
    });
    expect(status).toBe(201);

    // In connected mode the app sends to PostHog (the stand-in one port above the local server), not the dashboard.
    const host = backend === 'local' ? new URL(baseURL!).origin : `http://127.0.0.1:${e2ePort + 1}`;
    const posthog = new PostHog(tokenOf(dataDir, 1), { host, flushAt: 1, flushInterval: 0, fetchRetryCount: 0 });
    const error = new Error('Payment provider did not answer in 10 s');
    error.name = type;
    await posthog.captureExceptionImmediate(error, 'e2e-customer-1', {
      $current_url: 'https://app.acme.example/checkout/payment',
    });
    await posthog.shutdown();

    const row = page.getByRole('row').filter({ hasText: type });
    await expect(row).toBeVisible({ timeout: 25_000 });
    await expect(row.getByRole('rowheader')).toContainText('Payment provider did not answer in 10 s');
    await expect(row).toContainText('Active');
    await expect(row).toContainText('Daniel Brooks');
    // Ingestion ran the rules: the new issue was assigned by the rule this test made.
    expect(storedTrace(dataDir, type)).toEqual([
      expect.objectContaining({
        assignment: expect.objectContaining({ winner: rule.id }),
        issue: expect.objectContaining({ created: true, assigned: true }),
      }),
    ]);
  });
});
