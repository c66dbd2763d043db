import type { Fingerprint } from '../../contract/fingerprints';
import type { Issue } from '../../contract/issues';

const uuid = (n: number) => `0190f4c4-3333-7000-8000-${String(n).padStart(12, '0')}`;

/** An issue of environment 1; `n` makes the id. */
export function makeIssue(n: number, fields: Partial<Issue> = {}): Issue {
  return {
    id: uuid(n),
    status: 'active',
    name: `Issue ${n}`,
    description: null,
    first_seen: '2026-01-03T09:00:00.000Z',
    assignee: null,
    external_issues: [],
    fingerprint_count: 1,
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
