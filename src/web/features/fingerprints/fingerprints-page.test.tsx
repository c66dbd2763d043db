import { shortId } from '../../lib/short-id';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { page } from '../../test/fixtures';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { makeFingerprint, makeIssue } from '../../test/issue-fixtures';
import { openPage } from '../../test/open-page';
import { startTestApi, type TestApi } from '../../test/start-test-api';
import { chooseOption } from '../../test/choose-option';

const cart = makeIssue(1, { name: 'TypeError: cart is undefined' });
const range = makeIssue(2, { name: 'RangeError: bad length' });
const fingerprints = Array.from({ length: 60 }, (_, index) =>
  makeFingerprint(index + 1, index < 40 ? cart.id : range.id, { fingerprint: `fp-${index + 1}-a1b2c3d4e5f6` }),
);

const fingerprintsPath = '/api/projects/1/error_tracking/fingerprints/';

function setup() {
  const api = startTestApi();
  api.seedIssues([cart, range]);
  api.seedFingerprints(fingerprints);
  return api;
}
const shownValues = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').querySelector('code')?.textContent);
const listQueries = (server: TestApi) =>
  server.requests(`GET ${fingerprintsPath}`).map((request) => request.search.toString());

/** The pagination summary; big pages render slowly in jsdom on a busy machine. */
const findSummary = (text: string) => screen.findByText(text, {}, { timeout: 5000 });

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('Fingerprints page', { timeout: 20_000 }, () => {
  it('pages on the server with the page and size in the URL; rows link to their issue', async () => {
    const server = setup();
    const { user, router } = await openPage('/env/1/fingerprints?page=2');
    expect(await findSummary('Showing 26–50 of 60')).toBeInTheDocument();
    expect(shownValues()[0]).toBe('fp-26-a1b2c3d4e5f6');
    const firstRow = screen.getAllByRole('row')[1]!;
    expect(within(firstRow).getByRole('link', { name: new RegExp(shortId(cart.id)) })).toHaveAttribute(
      'href',
      `/env/1/issues/${cart.id}`,
    );

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await findSummary('Showing 51–60 of 60')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=3');
    await chooseOption(user, screen.getByRole('combobox', { name: 'Fingerprints per page' }), '100');
    expect(await findSummary('Showing 1–60 of 60')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?size=100');
    expect(listQueries(server)).toEqual(['limit=25&offset=25', 'limit=25&offset=50', 'limit=100']);
    expect(
      screen.getByText('Fingerprints cannot be deleted: they move between issues when issues are merged or split.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Split an issue from its page' })).toHaveAttribute('href', '/env/1/issues');
  });

  it('reads rows one by one: an older row without id or first_seen works, an odd row shows as unreadable', async () => {
    const older = { ...makeFingerprint(1, cart.id, { fingerprint: 'fp-old' }), id: undefined, first_seen: undefined };
    const odd = makeFingerprint(2, cart.id, { fingerprint: 'fp-odd', issue_id: 'not-a-uuid' });
    const fine = makeFingerprint(3, range.id, { fingerprint: 'fp-fine' });
    // Records the local server cannot hold: PostHog's, as older versions and a broken row send them.
    const api = startTestApi();
    api.seedIssues([cart, range]);
    api.answerNext(`GET ${fingerprintsPath}`, { status: 200, body: page([older, odd, fine]) });
    await openPage('/env/1/fingerprints');
    expect(await findSummary('Showing 1–3 of 3')).toBeInTheDocument();
    const oldRow = screen.getByRole('row', { name: /fp-old/ });
    expect(within(oldRow).getByText('Not seen yet')).toBeInTheDocument();
    expect(within(oldRow).getByRole('link', { name: new RegExp(shortId(cart.id)) })).toHaveAttribute(
      'href',
      `/env/1/issues/${cart.id}`,
    );
    const unreadable = screen.getByRole('group', { name: `Unreadable fingerprint ${odd.id}` });
    expect(within(unreadable).getByText(/issue_id: Must be a valid UUID/)).toBeInTheDocument();
    expect(within(unreadable).getByText(/"fingerprint": "fp-odd"/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /fp-fine/ })).toBeInTheDocument();
  });

  it('filters by issue through the picker, with ?issue_id= in the URL and the API call', async () => {
    const server = setup();
    const { user, router } = await openPage('/env/1/fingerprints');
    await findSummary('Showing 1–25 of 60');
    await user.type(screen.getByRole('combobox', { name: 'Issue' }), 'range');
    await user.click(await screen.findByRole('option', { name: /RangeError: bad length/ }));
    await waitFor(() => expect(router.state.location.search).toBe(`?issue_id=${range.id}`));
    expect(await findSummary('Showing 1–20 of 20')).toBeInTheDocument();
    expect(listQueries(server).at(-1)).toBe(`issue_id=${range.id}&limit=25`);
  });

  it('keeps the issue filter on reload, naming the issue in the picker', async () => {
    setup();
    await openPage(`/env/1/fingerprints?issue_id=${cart.id}&page=2`);
    expect(await findSummary('Showing 26–40 of 40')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Issue' })).toHaveValue('TypeError: cart is undefined'),
    );
  });

  it('"Find fingerprint" opens the issue that holds it', async () => {
    const server = setup();
    const { user, router } = await openPage('/env/1/fingerprints');
    await user.type(screen.getByRole('textbox', { name: 'Find fingerprint' }), ' fp-55-a1b2c3d4e5f6 {Enter}');
    // The issue page's chunk loads on first visit: the navigation can take a while on a busy machine.
    await waitFor(() => expect(router.state.location.pathname).toBe(`/env/1/issues/${range.id}`), { timeout: 8000 });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'RangeError: bad length' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    const resolve = server.requests(`GET ${fingerprintsPath}resolve/`);
    expect(resolve.map((request) => request.search.get('fingerprint'))).toEqual(['fp-55-a1b2c3d4e5f6']);
  });

  it('says when no issue has the fingerprint, and asks for one when the box is empty', async () => {
    setup();
    const { user, router } = await openPage('/env/1/fingerprints');
    const box = screen.getByRole('textbox', { name: 'Find fingerprint' });
    await user.click(screen.getByRole('button', { name: 'Find' }));
    expect(box).toHaveAccessibleDescription(/Enter a fingerprint\./);
    await user.type(box, 'nope{Enter}');
    await waitFor(() => expect(box).toHaveAccessibleDescription(/No issue has this fingerprint\./));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/env/1/fingerprints');
  });

  it('copies a fingerprint with one click and says "Copied"', async () => {
    setup();
    const { user } = await openPage('/env/1/fingerprints');
    await findSummary('Showing 1–25 of 60');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy fingerprint fp-3-a1b2c3d…' }));
    expect(writeText).toHaveBeenCalledWith('fp-3-a1b2c3d4e5f6');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });
});
