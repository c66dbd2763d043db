import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../../../lib/api-client';
import { resetIssueQuerySupport } from '../../../../data/issues/list-issues';
import { makeFingerprint, makeIssue } from '../../../../test/issue-fixtures';
import { openPage } from '../../../../test/open-page';
import { startTestApi, type TestApi } from '../../../../test/start-test-api';
import { chooseOption } from '../../../../test/choose-option';

const target = makeIssue(1, { name: 'TypeError: cart is undefined' });
const other = makeIssue(2, { name: 'TypeError: cart is null' });
const third = makeIssue(3, { name: 'TypeError in cart export' });

function setup() {
  const api = startTestApi();
  api.seedIssues([target, other, third]);
  api.seedFingerprints([
    makeFingerprint(1, target.id),
    makeFingerprint(2, target.id),
    makeFingerprint(3, target.id),
    makeFingerprint(4, other.id),
    makeFingerprint(5, other.id),
    makeFingerprint(6, third.id),
  ]);
  return api;
}

const issuesPath = '/api/projects/1/error_tracking/issues/';
const detailPath = `/env/1/issues/${target.id}`;
const stored = (server: TestApi, id: string) => server.readIssue(id);
const writes = (server: TestApi) => server.requests().filter((request) => request.method !== 'GET');
/** Someone else's change, through the API. */
const elsewhere = {
  update: (server: TestApi, id: string, fields: object) => server.call('PATCH', `${issuesPath}${id}/`, fields),
  assign: (server: TestApi, id: string, assignee: object) =>
    server.call('PATCH', `${issuesPath}${id}/assign/`, { assignee }),
  /** Merges issue `id` away, into `into`. */
  mergeAway: (server: TestApi, id: string, into: string) =>
    server.call('POST', `${issuesPath}${into}/merge/`, { ids: [id] }),
  splitOff: (server: TestApi, id: string, fingerprint: string) =>
    server.call('POST', `${issuesPath}${id}/split/`, { fingerprints: [{ fingerprint }] }),
};

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('a change someone else made meanwhile', { timeout: 20_000 }, () => {
  it('is not overwritten by a status change: the fresh status shows, and the person may apply theirs anyway', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    const select = screen.getByRole('combobox', { name: 'Status' });
    await elsewhere.update(server, target.id, { status: 'resolved' });

    await chooseOption(user, select, 'Suppressed');
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(
      'Someone else changed the status to Resolved meanwhile, so yours (Suppressed) was not saved.',
    );
    expect(select).toHaveTextContent('Resolved');
    expect(select).toHaveAccessibleDescription(/Someone else changed the status to Resolved/);
    expect(server.requests('PATCH')).toEqual([]);
    expect(stored(server, target.id)!.status).toBe('resolved');

    await user.click(screen.getByRole('button', { name: 'Change to Suppressed anyway' }));
    expect(await screen.findByText('Status changed to Suppressed.')).toBeInTheDocument();
    expect(server.requests('PATCH').map((request) => request.body)).toEqual([{ status: 'suppressed' }]);
    expect(screen.queryByRole('button', { name: /anyway/ })).not.toBeInTheDocument();
  });

  it('reads the issue once just before the write, and sends only the changed field', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    const before = server.requests().length;
    await chooseOption(user, screen.getByRole('combobox', { name: 'Status' }), 'Resolved');
    await screen.findByText('Status changed to Resolved.');
    const [reread, write] = server.requests().slice(before);
    expect([reread?.method, reread?.path]).toEqual(['GET', `${issuesPath}${target.id}/`]);
    expect([write?.method, write?.body]).toEqual(['PATCH', { status: 'resolved' }]);
  });

  it('keeps the other person’s status when asked, and says so when they already made the same change', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    await elsewhere.update(server, target.id, { status: 'resolved' });
    await chooseOption(user, screen.getByRole('combobox', { name: 'Status' }), 'Suppressed');
    await user.click(await screen.findByRole('button', { name: 'Keep Resolved' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await elsewhere.update(server, target.id, { status: 'active' });
    await chooseOption(user, screen.getByRole('combobox', { name: 'Status' }), 'Active');
    expect(await screen.findByText('The status is already Active: it was changed meanwhile.')).toBeInTheDocument();
    expect(server.requests('PATCH')).toEqual([]);
  });

  it('is not overwritten by an assignee change either', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    await elsewhere.assign(server, target.id, { type: 'user', id: 9 });
    await user.type(screen.getByRole('combobox', { name: 'Assignee' }), 'maya');
    await user.click(await screen.findByRole('option', { name: /Maya Okafor/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else assigned this issue to Priya Raman meanwhile, so yours (Maya Okafor) was not saved.',
    );
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Priya Raman');
    expect(server.requests('PATCH')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Assign to Maya Okafor anyway' }));
    expect(await screen.findByText('Assigned to Maya Okafor.')).toBeInTheDocument();
    expect(stored(server, target.id)!.assignee).toEqual({ type: 'user', id: 7 });
  });

  it('says the issue is gone when it was merged away before the change, and sends nothing', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    await elsewhere.mergeAway(server, target.id, other.id);
    await chooseOption(user, screen.getByRole('combobox', { name: 'Status' }), 'Resolved');
    expect(
      await screen.findByText(/^The status was not changed: this issue no longer exists; someone may have merged/),
    ).toBeInTheDocument();
    expect(await screen.findByText('This issue no longer exists')).toBeInTheDocument();
    expect(writes(server)).toEqual([]);
  });
});

async function reviewMerge(user: Awaited<ReturnType<typeof openPage>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Merge issues into this one' }));
  const dialog = screen.getByRole('dialog', { name: 'Merge issues into this one' });
  const picker = within(dialog).getByRole('combobox', { name: 'Issue to merge' });
  await user.type(picker, 'null');
  await user.click(await within(dialog).findByRole('option', { name: /cart is null/ }));
  await user.type(picker, 'export');
  await user.click(await within(dialog).findByRole('option', { name: /cart export/ }));
  await within(dialog).findByText('3 fingerprints from 2 issues will move into this issue.');
  await user.click(within(dialog).getByRole('button', { name: 'Review merge' }));
  return screen.findByRole('alertdialog');
}

describe('a merge or split whose issues changed meanwhile', { timeout: 20_000 }, () => {
  const mergePath = `/api/projects/1/error_tracking/issues/${target.id}/merge/`;

  it('merges nothing when an issue was renamed or holds other fingerprints, and shows them as they are now', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    const confirm = await reviewMerge(user);
    await elsewhere.update(server, other.id, { name: 'Cart null' });
    await elsewhere.splitOff(server, third.id, 'fp-6');

    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'Nothing was merged. “TypeError: cart is null” was renamed to “Cart null” meanwhile. ' +
        '“TypeError in cart export” now holds 0 fingerprints, not 1.',
    );
    expect(server.requests(`POST ${mergePath}`)).toEqual([]);
    expect(confirm).toHaveTextContent('2 fingerprints will move into “TypeError: cart is undefined”');
    expect(within(confirm).getByRole('list', { name: 'Issues to delete' })).toHaveTextContent(
      /^Cart null.* · 2 fingerprints · .*TypeError in cart export.* · 0 fingerprints · /,
    );

    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText('Merged 2 issues; 2 fingerprints moved.')).toBeInTheDocument();
    expect(server.requests(`POST ${mergePath}`).map((request) => request.body)).toEqual([
      { ids: [other.id, third.id] },
    ]);
  });

  it('merges nothing when an issue to merge is gone, and leaves out the gone one', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    const confirm = await reviewMerge(user);
    // Merged into an issue this merge does not involve.
    const elsewhereIssue = makeIssue(4, { name: 'RangeError' });
    server.seedIssues([elsewhereIssue]);
    await elsewhere.mergeAway(server, third.id, elsewhereIssue.id);

    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'Nothing was merged. “TypeError in cart export” no longer exists: someone merged it into another issue or deleted it meanwhile.',
    );
    expect(screen.getByRole('alertdialog', { name: 'Merge 1 issue into this one?' })).toBeInTheDocument();
    expect(server.requests(`POST ${mergePath}`)).toEqual([]);
  });

  it('merges nothing and says so when the issue itself is gone', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    const confirm = await reviewMerge(user);
    await elsewhere.mergeAway(server, target.id, other.id);
    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));
    expect(
      await screen.findByText(/^Nothing was merged\. “TypeError: cart is undefined” no longer exists/),
    ).toBeVisible();
    expect(await screen.findByText('This issue no longer exists')).toBeInTheDocument();
    expect(server.requests(`POST ${mergePath}`)).toEqual([]);
  });

  it('says nothing was merged when PostHog answers success: false (merged away after the check)', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    const confirm = await reviewMerge(user);
    // The local server refuses a merge of issues that are gone; PostHog answers success: false.
    server.answerNext(`POST ${mergePath}`, { status: 200, body: { success: false } });
    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText(/^Nothing was merged: PostHog found none of the chosen issues/)).toBeInTheDocument();
    expect(screen.queryByText(/^Merged 2 issues/)).not.toBeInTheDocument();
  });

  it('splits nothing when a chosen fingerprint left the issue meanwhile, and unticks it', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    await user.click(screen.getByRole('button', { name: 'Split fingerprints…' }));
    const dialog = screen.getByRole('dialog', { name: 'Split fingerprints into new issues' });
    await user.click(await within(dialog).findByRole('checkbox', { name: 'fp-2' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'fp-3' }));
    await elsewhere.splitOff(server, target.id, 'fp-2');

    await user.click(within(dialog).getByRole('button', { name: 'Split 2 fingerprints' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^Nothing was split: “fp-2” left this issue meanwhile/,
    );
    await waitFor(() => expect(within(dialog).queryByRole('checkbox', { name: 'fp-2' })).not.toBeInTheDocument());
    expect(within(dialog).getByRole('checkbox', { name: 'fp-3' })).toBeChecked();
    expect(server.requests(`POST ${issuesPath}${target.id}/split/`)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Split 1 fingerprint' }));
    expect(await screen.findByText('Split 1 fingerprint into 1 new issue.')).toBeInTheDocument();
  });
});
