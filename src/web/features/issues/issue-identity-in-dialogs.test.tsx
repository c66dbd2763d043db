import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { makeFingerprint, makeIssue } from '../../test/issue-fixtures';
import { openPage } from '../../test/open-page';
import { startTestApi } from '../../test/start-test-api';

// Three issues of one name (PostHog names an issue after its exception type); ids that differ in their first 8.
const target = makeIssue(1, {
  id: 'aaaa1111-3333-7000-8000-000000000001',
  name: 'TypeError',
  description: 'Failed to fetch',
});
const safari = makeIssue(2, {
  id: 'bbbb2222-3333-7000-8000-000000000002',
  name: 'TypeError',
  description: 'Load failed',
  occurrences: 3,
});
const firefox = makeIssue(3, {
  id: 'cccc3333-3333-7000-8000-000000000003',
  name: 'TypeError',
  description: 'NetworkError when attempting to fetch resource.',
});

function setup() {
  const api = startTestApi();
  api.seedIssues([target, safari, firefox]);
  api.seedFingerprints([
    makeFingerprint(1, target.id, { fingerprint: 'fp-chrome-1', first_seen: '2026-01-02T08:00:00.000Z' }),
    makeFingerprint(2, target.id, { fingerprint: 'fp-chrome-2', first_seen: '2026-01-06T08:00:00.000Z' }),
    makeFingerprint(3, target.id, { fingerprint: 'fp-edge', first_seen: null }),
    makeFingerprint(4, safari.id, { fingerprint: 'fp-safari-1' }),
    makeFingerprint(5, safari.id, { fingerprint: 'fp-safari-2' }),
    makeFingerprint(6, firefox.id, { fingerprint: 'fp-firefox' }),
  ]);
  return api;
}

const issuesPath = '/api/projects/1/error_tracking/issues/';

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('issues of one name, told apart in the merge and split dialogs', { timeout: 30_000 }, () => {
  it('lists each picked issue, and names each in the confirmation, by description, counts and short id', async () => {
    const server = setup();
    const { user } = await openPage(`/env/1/issues/${target.id}`);
    await user.click(await screen.findByRole('button', { name: 'Merge issues into this one' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge issues into this one' });
    const picker = within(dialog).getByRole('combobox', { name: 'Issue to merge' });
    await user.type(picker, 'TypeError');
    await user.click(await within(dialog).findByRole('option', { name: /Load failed/ }));
    await user.type(picker, 'TypeError');
    await user.click(await within(dialog).findByRole('option', { name: /NetworkError/ }));
    await within(dialog).findByText('3 fingerprints from 2 issues will move into this issue.');

    const picks = within(within(dialog).getByRole('list', { name: 'Issues to merge' })).getAllByRole('listitem');
    expect(picks[0]).toHaveTextContent(
      /^TypeError Load failed first seen .+ · 3 occurrences · 2 fingerprints · id 00000002/,
    );
    expect(picks[1]).toHaveTextContent(
      /^TypeError NetworkError when attempting to fetch resource\. first seen .+ · 1 occurrence · 1 fingerprint · id 00000003/,
    );
    expect(within(dialog).getByRole('button', { name: 'Remove TypeError (00000002)' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Review merge' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Merge 2 issues into this one?' });
    expect(confirm).toHaveTextContent(
      '3 fingerprints will move into “TypeError” (id 00000001), and the issues below will be deleted. This cannot be undone.',
    );
    const doomed = within(within(confirm).getByRole('list', { name: 'Issues to delete' })).getAllByRole('listitem');
    expect(
      doomed.map((item) => item.textContent?.replace(/\s+/g, ' ').replace(/first seen .+? ·/, 'first seen … ·')),
    ).toEqual([
      'TypeError Load failed first seen … · 3 occurrences · 2 fingerprints · id 00000002',
      'TypeError NetworkError when attempting to fetch resource. first seen … · 1 occurrence · 1 fingerprint · id 00000003',
    ]);
    // The confirmation describes the destructive dialog's button, so a screen reader hears whom it deletes.
    expect(confirm).toHaveAccessibleDescription(/Load failed.*id 00000002.*NetworkError.*id 00000003/);

    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText('Merged 2 issues; 3 fingerprints moved.')).toBeInTheDocument();
    expect(server.readIssue(safari.id)).toBeNull();
  });

  it('names each new issue of a split on its own, starting from the issue’s name, and flags names they would share', async () => {
    const server = setup();
    const { user } = await openPage(`/env/1/issues/${target.id}`);
    await user.click(await screen.findByRole('button', { name: 'Split fingerprints…' }));
    const dialog = screen.getByRole('dialog', { name: 'Split fingerprints into new issues' });

    // Each fingerprint says what PostHog's record of it says: when it was first seen.
    const chrome1 = await within(dialog).findByRole('checkbox', { name: 'fp-chrome-1' });
    expect(chrome1).toHaveAccessibleDescription(/^first seen .+ ago$/);
    expect(
      within(dialog)
        .getAllByRole('time')
        .map((time) => time.getAttribute('datetime')),
    ).toEqual(['2026-01-02T08:00:00.000Z', '2026-01-06T08:00:00.000Z']);
    expect(within(dialog).getByRole('checkbox', { name: 'fp-edge' })).toHaveAccessibleDescription('not seen yet');
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(chrome1);
    await user.click(within(dialog).getByRole('checkbox', { name: 'fp-chrome-2' }));
    const first = within(dialog).getByRole('textbox', { name: 'New issue name for fp-chrome-1' });
    const second = within(dialog).getByRole('textbox', { name: 'New issue name for fp-chrome-2' });
    expect(first).toHaveValue('TypeError');
    expect(second).toHaveValue('TypeError');
    const choices = within(dialog).getByRole('group', { name: 'Fingerprints to split' });
    expect(choices).toHaveAccessibleDescription(
      '2 new issues would keep this issue’s name, “TypeError”. Give each a name that tells it apart.',
    );

    await user.clear(first);
    await user.type(first, 'TypeError: Chrome, offline');
    expect(choices).toHaveAccessibleDescription(
      '1 new issue would keep this issue’s name, “TypeError”. Give each a name that tells it apart.',
    );
    await user.clear(second);
    await user.type(second, 'TypeError: Chrome, CORS');
    expect(choices).not.toHaveAccessibleDescription(/would/);

    await user.click(within(dialog).getByRole('button', { name: 'Split 2 fingerprints' }));
    expect(await screen.findByText('Split 2 fingerprints into 2 new issues.')).toBeInTheDocument();
    expect(server.requests(`POST ${issuesPath}${target.id}/split/`).map((request) => request.body)).toEqual([
      {
        fingerprints: [
          { fingerprint: 'fp-chrome-1', name: 'TypeError: Chrome, offline' },
          { fingerprint: 'fp-chrome-2', name: 'TypeError: Chrome, CORS' },
        ],
      },
    ]);
    const banner = screen.getByText(/New issues from the split/);
    await waitFor(() =>
      expect(
        within(banner)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['TypeError: Chrome, offline', 'TypeError: Chrome, CORS']),
    );
  });
});
