import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { makeFingerprint, makeIssue } from '../../test/issue-fixtures';
import { renderInEnvironment } from '../../test/render-in-environment';
import { startTestApi } from '../../test/start-test-api';
import { IssuePicker, type IssueRef } from './issue-picker';

// Two issues of one name, as PostHog names issues after their exception type.
const chrome = makeIssue(1, {
  id: 'aaaa1111-3333-7000-8000-000000000001',
  name: 'TypeError',
  description: 'Failed to fetch',
  occurrences: 12,
});
const safari = makeIssue(2, {
  id: 'bbbb2222-3333-7000-8000-000000000002',
  name: 'TypeError',
  description: 'Load failed',
  occurrences: 1,
});

function setup() {
  const api = startTestApi();
  api.seedIssues([chrome, safari]);
  api.seedFingerprints([
    makeFingerprint(1, chrome.id, { first_seen: '2026-01-02T08:00:00.000Z' }),
    makeFingerprint(2, chrome.id, { first_seen: '2026-01-05T08:00:00.000Z' }),
    makeFingerprint(3, safari.id, { first_seen: '2026-01-04T08:00:00.000Z' }),
  ]);
  return api;
}

function Picker() {
  const [issue, setIssue] = useState<IssueRef | null>(null);
  return <IssuePicker aria-label="Issue" value={issue} onChange={setIssue} />;
}

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('IssuePicker tells issues of one name apart', () => {
  it('shows each option’s description, first seen, occurrences and short id', async () => {
    setup();
    const { user } = renderInEnvironment(<Picker />);
    await user.type(screen.getByRole('combobox', { name: 'Issue' }), 'TypeError');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    const [first, second] = screen.getAllByRole('option');
    // Newest last seen first: both were seen an hour ago, so PostHog's tie-break (the id) decides.
    expect(first).toHaveTextContent(/^TypeError Active Failed to fetch first seen .+ · 12 occurrences · id 00000001$/);
    expect(second).toHaveTextContent(/^TypeError Active Load failed first seen .+ · 1 occurrence · id 00000002$/);
    expect(within(first!).getByRole('time')).toHaveAttribute('datetime', '2026-01-02T08:00:00.000Z');
    expect(within(second!).getByRole('time')).toHaveAttribute('datetime', '2026-01-04T08:00:00.000Z');
  });

  it('describes the chosen issue under the input, with its fingerprint count, and the input reads it out', async () => {
    const server = setup();
    const { user } = renderInEnvironment(<Picker />);
    const input = screen.getByRole('combobox', { name: 'Issue' });
    await user.type(input, 'TypeError');
    await user.click(await screen.findByRole('option', { name: /Load failed/ }));
    expect(input).toHaveValue('TypeError');
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        /^Load failed first seen .+ · 1 occurrence · 1 fingerprint · id 00000002$/,
      ),
    );
    expect(server.requests('GET /api/projects/1/error_tracking/fingerprints/').at(-1)?.search.toString()).toBe(
      `issue_id=${safari.id}&limit=1`,
    );

    await user.click(screen.getByRole('button', { name: 'Clear issue' }));
    expect(input).not.toHaveAccessibleDescription(/00000002/);
  });
});
