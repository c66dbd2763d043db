import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { makeFingerprint, makeIssue } from '../../test/issue-fixtures';
import { maxOwnerReads } from './components/use-owner-issues';
import { openPage } from '../../test/open-page';
import { startTestApi } from '../../test/start-test-api';

const chunk482 = makeIssue(1, {
  id: 'aaaa1111-3333-7000-8000-000000000001',
  name: 'ChunkLoadError',
  description: 'Loading chunk 482 failed.',
});
const chunkVendors = makeIssue(2, {
  id: 'bbbb2222-3333-7000-8000-000000000002',
  name: 'ChunkLoadError',
  description: 'Loading chunk vendors failed.',
});
const fingerprints = Array.from({ length: 6 }, (_, index) =>
  makeFingerprint(index + 1, index % 2 === 0 ? chunk482.id : chunkVendors.id),
);

function setup() {
  const api = startTestApi();
  api.seedIssues([chunk482, chunkVendors]);
  api.seedFingerprints(fingerprints);
  return api;
}

const issuesPath = '/api/projects/1/error_tracking/issues/';
const columnNames = () => screen.getAllByRole('columnheader').map((header) => header.textContent);
const ownerLinks = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).queryByRole('link')?.textContent ?? null);

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('Fingerprints: the issue that owns each', { timeout: 20_000 }, () => {
  it('names the owner by its name and short id, reading each issue once', async () => {
    const server = setup();
    await openPage('/env/1/fingerprints');
    await screen.findByText('Showing 1–6 of 6', {}, { timeout: 5000 });
    expect(columnNames()).toEqual(['Fingerprint', 'Issue', 'First seen']);
    await waitFor(() =>
      expect(ownerLinks()).toEqual([
        'ChunkLoadError 00000001',
        'ChunkLoadError 00000002',
        'ChunkLoadError 00000001',
        'ChunkLoadError 00000002',
        'ChunkLoadError 00000001',
        'ChunkLoadError 00000002',
      ]),
    );
    expect(screen.getAllByRole('link', { name: 'ChunkLoadError 00000002' })[0]).toHaveAttribute(
      'href',
      `/env/1/issues/${chunkVendors.id}`,
    );
    expect(
      server
        .requests(`GET ${issuesPath}*`)
        .map((request) => request.path)
        .toSorted(),
    ).toEqual([`${issuesPath}${chunk482.id}/`, `${issuesPath}${chunkVendors.id}/`]);
  });

  it('reads at most maxOwnerReads owners for a page, so a page of 100 keeps within PostHog’s rate limit', async () => {
    const api = startTestApi();
    const many = Array.from({ length: maxOwnerReads + 5 }, (_, index) => makeIssue(index + 10));
    api.seedIssues(many);
    api.seedFingerprints(many.map((issue, index) => makeFingerprint(index + 100, issue.id)));
    await openPage('/env/1/fingerprints?size=100');
    await screen.findByText(`Showing 1–${many.length} of ${many.length}`, {}, { timeout: 5000 });
    await waitFor(() => expect(api.requests(`GET ${issuesPath}*`)).toHaveLength(maxOwnerReads));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(api.requests(`GET ${issuesPath}*`)).toHaveLength(maxOwnerReads);
  });

  it('keeps the short id when the owner cannot be read', async () => {
    const server = setup();
    server.failNext(`GET ${issuesPath}${chunkVendors.id}/`, 404, 'Not found.');
    await openPage('/env/1/fingerprints');
    await waitFor(() => expect(ownerLinks().slice(0, 2)).toEqual(['ChunkLoadError 00000001', 'Issue 00000002']));
  });

  it('filtered by one issue, hides the column that would repeat it and names the issue once, above', async () => {
    const server = setup();
    await openPage(`/env/1/fingerprints?issue_id=${chunkVendors.id}`);
    await screen.findByText('Showing 1–3 of 3', {}, { timeout: 5000 });
    expect(columnNames()).toEqual(['Fingerprint', 'First seen']);
    expect(ownerLinks()).toEqual([null, null, null]);
    const heading = await screen.findByText(/Showing the fingerprints of/);
    await waitFor(() => expect(within(heading).getByRole('link')).toHaveTextContent('ChunkLoadError 00000002'));
    expect(within(heading).getByRole('link')).toHaveAttribute('href', `/env/1/issues/${chunkVendors.id}`);
    // The picker shows the chosen issue's name; what tells it apart describes it.
    const picker = screen.getByRole('combobox', { name: 'Issue' });
    await waitFor(() => expect(picker).toHaveValue('ChunkLoadError'));
    await waitFor(() =>
      expect(picker).toHaveAccessibleDescription(
        /Loading chunk vendors failed\. first seen .+ · 3 fingerprints · id 00000002/,
      ),
    );
    // Only the filter's issue is read, not one per row.
    expect(server.requests(`GET ${issuesPath}*`).map((request) => request.path)).toEqual([
      `${issuesPath}${chunkVendors.id}/`,
    ]);
  });
});
