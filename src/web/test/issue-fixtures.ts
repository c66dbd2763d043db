import type { Fingerprint } from '../../contract/fingerprints';
import type { Issue } from '../../contract/issues';

const uuid = (n: number) => `0190f4c4-3333-7000-8000-${String(n).padStart(12, '0')}`;
const hourMs = 3_600_000;

/** An issue as a test seeds it (startTestApi's seedIssues): the REST issue plus what its exception events say. */
export type SeededIssue = Issue & { last_seen: string; occurrences: number; users: number };

/** An ISO time `hours` before now: the server's date ranges count back from the real clock, as PostHog's do. */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * hourMs).toISOString();

/** An issue of environment 1; `n` makes the id. Last seen an hour ago unless told. */
export function makeIssue(n: number, fields: Partial<SeededIssue> = {}): SeededIssue {
  return {
    id: uuid(n),
    status: 'active',
    name: `Issue ${n}`,
    description: null,
    first_seen: '2026-01-03T09:00:00.000Z',
    assignee: null,
    external_issues: [],
    last_seen: hoursAgo(1),
    occurrences: 1,
    users: 1,
    ...fields,
  };
}

/** A fingerprint of issue `issueId`; `n` makes the id and the value `fp-<n>`. */
export function makeFingerprint(n: number, issueId: string, fields: Partial<Fingerprint> = {}): Fingerprint {
  return {
    id: `0190f4c4-4444-7000-8000-${String(n).padStart(12, '0')}`,
    fingerprint: `fp-${n}`,
    issue_id: issueId,
    created_at: '2026-01-03T09:00:00.000Z',
    first_seen: '2026-01-03T09:00:00.000Z',
    ...fields,
  };
}
