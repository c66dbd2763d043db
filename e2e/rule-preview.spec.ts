import { browserOnly, expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';
import { formatCount, openers, recentExceptions, storedRules, traces } from './support/engine-expectations';
import { insertRule } from './support/rules-data';
import { addFilter, handle, liveRegion, openNew, openRules, ruleKinds } from './support/rules-page';

const matchedOutcomes = ['matched', 'sampled-out', 'matched-without-assignee'];
const mostCommon = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};
const typesOf = (event: { properties: Record<string, unknown> }) =>
  Array.isArray(event.properties.$exception_types) ? event.properties.$exception_types.map(String) : [];

test.describe('rule preview on recent exceptions', () => {
  test('the editor preview count changes when a filter changes and equals the engine’s count over the same events', async ({
    page,
    context,
    resetData,
  }) => {
    resetData();
    await openRules(page, ruleKinds.suppression);
    const dialog = await openNew(page, ruleKinds.suppression);
    const region = dialog.getByRole('region', { name: 'On recent exceptions' });
    const headline = region.locator('.rule-preview__headline');

    const events = await recentExceptions(page.request);
    const rules = await storedRules(page.request);
    const last = Math.max(rules.suppression.length, ...rules.suppression.map((rule) => rule.order_key + 1));
    const candidate = (filters: unknown) => ({
      id: 'new-rule',
      order_key: last,
      filters,
      disabled_data: null,
      sampling_rate: 1,
      assignee: null,
    });
    /** What the engine says, run here on the events the console API gives: matched, their issues, dropped by it. */
    const expected = (filters: unknown) => {
      const alone = traces(events, { ...rules, suppression: [candidate(filters)] });
      const saved = traces(events, { ...rules, suppression: [...rules.suppression, candidate(filters)] });
      const matched = events.filter((_, index) =>
        matchedOutcomes.includes(alone[index]!.suppression.rules[0]!.outcome),
      );
      const issues = new Set(matched.map((event) => event.issue_id)).size;
      const dropped = saved.filter((trace) => trace.suppression.winner === 'new-rule').length;
      return (
        `Of the last ${formatCount(events.length)} exceptions (7 days), this rule matches ${formatCount(matched.length)} ` +
        `(across ${formatCount(issues)} ${issues === 1 ? 'issue' : 'issues'}). It would drop ${formatCount(dropped)} of ` +
        'them, given the rules above it.'
      );
    };

    expect(events.length).toBeGreaterThan(10);
    await expect(headline).toHaveText(expected({ type: 'AND', values: [] }));

    const type = mostCommon(events.flatMap(typesOf));
    await addFilter(dialog, 1, '$exception_types', type);
    const typed = expected({
      type: 'AND',
      values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [type] }],
    });
    expect(typed).not.toBe(expected({ type: 'AND', values: [] }));
    await expect(headline).toHaveText(typed);

    // Each exception it would drop opens in the Rule Lab's Explain view, in a new tab.
    const first = region
      .getByRole('list', { name: 'The most recent exceptions it would drop' })
      .getByRole('link')
      .first();
    const opened = context.waitForEvent('page');
    await first.click();
    const explain = await opened;
    await expect(explain).toHaveURL(/\/env\/1\/rule-lab\/explain\?event=[0-9a-f-]{36}$/);
    await expect(explain.getByRole('heading', { name: 'What PostHog does with it' })).toBeVisible();
    await explain.close();
  });

  test('a reorder preview lists the changed outcomes', async ({ page, dataDir, resetData }) => {
    resetData();
    await openRules(page, ruleKinds.assignment);
    const events = await recentExceptions(page.request);
    const rules = await storedRules(page.request);
    // A type whose issues no rule assigns now: two new rules for it, in turn, change who gets them.
    const current = traces(events, rules);
    const unassigned = openers(events, current).filter((index) => current[index]!.assignment?.assignee === null);
    const type = mostCommon(unassigned.flatMap((index) => typesOf(events[index]!)));
    const filters = JSON.stringify({
      type: 'AND',
      values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [type] }],
    });
    const count = rules.assignment.length;
    const [first, second] = withDatabase(dataDir, (db) => [
      insertRule(db, { kind: 'assignment', filters, orderKey: count, assignee: '{"type":"user","id":1}' }),
      insertRule(db, { kind: 'assignment', filters, orderKey: count + 1, assignee: '{"type":"user","id":2}' }),
    ]);
    await openRules(page, ruleKinds.assignment, count + 2);

    const before = await storedRules(page.request);
    const swapped = {
      ...before,
      assignment: before.assignment.map((rule) =>
        rule.id === first
          ? { ...rule, order_key: count + 1 }
          : rule.id === second
            ? { ...rule, order_key: count }
            : rule,
      ),
    };
    const was = traces(events, before);
    const now = traces(events, swapped);
    const changed = openers(events, was).filter(
      (index) => JSON.stringify(was[index]!.assignment?.assignee) !== JSON.stringify(now[index]!.assignment?.assignee),
    );
    expect(changed.length).toBeGreaterThan(0);

    const lifted = handle(page, count + 1);
    await lifted.focus();
    await page.keyboard.press('Space');
    await expect(lifted).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(liveRegion(page)).toContainText(`moved to position ${count + 2} of ${count + 2}.`);
    await page.keyboard.press('Space');

    const ask = page.getByRole('alertdialog', { name: 'Save this order?' });
    const issues = `${formatCount(changed.length)} ${changed.length === 1 ? 'issue' : 'issues'}`;
    await expect(ask).toHaveAccessibleDescription(new RegExp(`changes who ${issues} would be assigned to`));
    await expect(ask.getByRole('list', { name: 'What changes' }).getByRole('listitem')).toHaveText([
      new RegExp(`^${issues}: assigned to .+ → .+$`),
    ]);
    await ask.getByText(/changed exception/).click();
    const links = ask.getByRole('list', { name: 'Exceptions whose outcome changes' }).getByRole('link');
    await expect(links).toHaveCount(Math.min(changed.length, 50));
    const listed = await links.evaluateAll((anchors) =>
      anchors.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('event')),
    );
    expect(listed.sort()).toEqual(
      changed
        .slice(0, 50)
        .map((index) => events[index]!.uuid)
        .sort(),
    );

    await ask.getByRole('button', { name: 'Save order' }).click();
    await expect(
      page.getByText(
        new RegExp(
          `to position ${count + 2}\\. It changes the outcome for ${issues.replace('issue', 'recent issue')}\\.$`,
        ),
      ),
    ).toBeVisible();
  });

  test(
    'the preview is labelled, keyboard-reachable and has no serious axe violations',
    browserOnly,
    async ({ page, resetData }) => {
      resetData();
      await openRules(page, ruleKinds.assignment);
      const dialog = await openNew(page, ruleKinds.assignment);
      const region = dialog.getByRole('region', { name: 'On recent exceptions' });
      await expect(region.locator('.rule-preview__headline')).toContainText('this rule matches');
      await expect(region.getByRole('status')).toHaveAttribute('aria-live', 'polite');
      await region.getByRole('combobox', { name: 'Exceptions from' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: 'Last 30 days' }).click();
      await expect(region.locator('.rule-preview__headline')).toContainText('(30 days)');
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});
