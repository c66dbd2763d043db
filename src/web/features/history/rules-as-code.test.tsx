import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rulesDocumentSchema } from '../../../contract/rules-document';
import { resetThrottle } from '../../lib/api-client';
import { chooseOption } from '../../test/choose-option';
import { openPage } from '../../test/open-page';
import { assignmentRule } from '../../test/rule-fixtures';
import { startTestApi } from '../../test/start-test-api';

const maya = { type: 'user', id: 7 } as const;
const filtersOf = (n: number) => assignmentRule(n).filters;

const document = (assignment: unknown[]) => JSON.stringify({ version: 1, assignment });

async function openImport() {
  const view = await openPage('/env/1/history');
  await view.user.click(screen.getByRole('button', { name: 'Import…' }));
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'Import rules into Web app' }) };
}

async function paste(user: UserEvent, dialog: HTMLElement, text: string) {
  const box = within(dialog).getByRole('textbox', { name: 'Or paste the JSON' });
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  await user.click(within(dialog).getByRole('button', { name: 'Check document' }));
}

beforeEach(() => resetThrottle());
afterEach(() => vi.restoreAllMocks());

describe('Rules as code', { timeout: 30_000 }, () => {
  it('import shows what is wrong with a document, asks about unknown people, then applies the plan', async () => {
    const api = startTestApi();
    const { user, dialog } = await openImport();

    await paste(user, dialog, '{"version": 1,');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/^This document cannot be imported:This is not JSON: /);
    const box = within(dialog).getByRole('textbox', { name: 'Or paste the JSON' });
    expect(box).toHaveAttribute('aria-invalid', 'true');

    await paste(user, dialog, document([{ position: 2, filters: filtersOf(1), assignee: null, colour: 'red' }]));
    const problems = within(within(dialog).getByRole('alert'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(problems).toEqual([
      'assignment rule 1: Unrecognized key: "colour"',
      'assignment rule 1, position: Expected position 1: rules run in the order they are listed, numbered 1, 2, 3…',
    ]);

    await paste(
      user,
      dialog,
      document([
        { position: 1, filters: filtersOf(1), assignee: { type: 'user', email: 'Maya.Okafor@example.com' } },
        { position: 2, filters: filtersOf(2), assignee: { type: 'user', email: 'ada@elsewhere.org' } },
      ]),
    );
    const unknown = await within(dialog).findByRole('group', { name: 'ada@elsewhere.org (a person)' });
    expect(within(unknown).getByText(/Named by assignment rule 2;/)).toBeInTheDocument();
    const show = within(dialog).getByRole('button', { name: 'Show the plan' });
    expect(show).toHaveAttribute('aria-disabled', 'true');
    await user.click(show);
    expect(within(dialog).queryByRole('button', { name: /^Apply/ })).not.toBeInTheDocument();
    await user.click(within(unknown).getByRole('radio', { name: 'Leave its rule unassigned' }));
    expect(show).not.toHaveAttribute('aria-disabled');
    await user.click(show);

    const added = await within(dialog).findAllByText('Added', { selector: '.badge' });
    expect(
      added.map((badge) => badge.closest('li')!.querySelector('.rule-summary__title')!.textContent?.trim()),
    ).toEqual(['E1 → Maya Okafor', 'E2 → Nobody']);
    expect(api.readRules('assignment')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Apply 2 changes' }));
    expect(await within(dialog).findByText('Applied 2 changes to the rules of Web app.')).toBeInTheDocument();
    expect(api.readRules('assignment').map((rule) => rule.assignee)).toEqual([maya, null]);
  });

  it('export downloads the document that import reads back as it is: the plan is "Already matches"', async () => {
    const api = startTestApi();
    api.seedRules('assignment', [assignmentRule(1, { assignee: maya }), assignmentRule(2, { assignee: null })]);
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:rules';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { user } = await openPage('/env/1/history');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(
      await screen.findByText(/^Exported 2 rules of Web app to rules-web-app-\d{4}-\d{2}-\d{2}\.json\.$/),
    ).toBeInTheDocument();
    expect(names).toEqual([expect.stringMatching(/^rules-web-app-\d{4}-\d{2}-\d{2}\.json$/)]);
    const text = await blobs[0]!.text();
    const exported = rulesDocumentSchema.parse(JSON.parse(text));
    expect(exported.source).toEqual({ environment: { id: 1, name: 'Web app' }, mode: 'local' });
    expect(exported.$schema).toBe(`${window.location.origin}/schema/rules-document-v1.json`);
    expect(exported.assignment?.map((rule) => rule.assignee)).toEqual([
      { type: 'user', email: 'maya.okafor@example.com' },
      null,
    ]);

    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import rules into Web app' });
    await paste(user, dialog, text);
    expect(await within(dialog).findByText('Already matches')).toBeInTheDocument();
  });

  it('copies rules to another environment: the plan against it first, then applied there', async () => {
    const api = startTestApi();
    api.seedRules('assignment', [assignmentRule(1, { assignee: maya }), assignmentRule(2)]);
    api.seedRules('assignment', [assignmentRule(5, { id: '0190f4c4-8d2a-7a3b-9c1d-0000000000aa' })], 2);
    const { user } = await openPage('/env/1/history');
    await user.click(screen.getByRole('button', { name: 'Copy to another environment…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy rules to another environment' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Grouping rules' }));
    await chooseOption(user, within(dialog).getByRole('combobox', { name: 'Copy to' }), 'Mobile');
    await user.click(within(dialog).getByRole('button', { name: 'Show the plan' }));

    const planned = await screen.findByRole('dialog', { name: 'Copy rules to Mobile' });
    expect(
      await within(planned).findByText(/^3 rules: 2 added, 1 deleted, in \d writes to Mobile\./),
    ).toBeInTheDocument();
    expect(within(planned).getByText('E5 → User #5').closest('li')).toHaveTextContent(/^Deleted/);
    expect(api.readRules('assignment', 2)).toHaveLength(1);
    await user.click(within(planned).getByRole('button', { name: /^Apply \d+ changes$/ }));
    expect(await within(planned).findByText(/^Applied \d+ changes to the rules of Mobile\.$/)).toBeInTheDocument();
    await waitFor(() =>
      expect(api.readRules('assignment', 2).map(({ filters, assignee }) => ({ filters, assignee }))).toEqual(
        api.readRules('assignment', 1).map(({ filters, assignee }) => ({ filters, assignee })),
      ),
    );
  });
});
