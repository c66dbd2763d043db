import { addFingerprint, addIssue } from '../../local-api/error-tracking-fixtures.test-support';
import type { Db } from '../../store/database';
import { insertExceptionEvent } from '../../store/exception-events-repository';

const hour = 3_600_000;
const day = 24 * hour;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

export const issues = {
  checkout: '01900000-0000-7000-8000-00000000000a',
  dates: '01900000-0000-7000-8000-00000000000b',
} as const;

/** Newest first, as the query orders them. */
export const events = {
  latest: '01900000-0000-7000-8000-000000000001',
  dates: '01900000-0000-7000-8000-000000000002',
  quoted: '01900000-0000-7000-8000-000000000003',
  old: '01900000-0000-7000-8000-000000000004',
  otherEnvironment: '01900000-0000-7000-8000-000000000005',
} as const;

const latestExceptionProperties = {
  $exception_types: ['TypeError'],
  $exception_values: ['x is undefined'],
  $exception_sources: ['src/checkout/cart.tsx'],
  $exception_functions: ['renderCart'],
  $exception_list: [{ type: 'TypeError', value: 'x is undefined', mechanism: { handled: false } }],
};

/** The properties PostHog would hold for the latest event: what was captured, and what ingestion added. */
export const latestEventProperties = {
  $lib: 'posthog-js',
  $session_id: 'session-1',
  $browser: 'Firefox',
  ...latestExceptionProperties,
  $exception_fingerprint: 'fp-checkout',
  $exception_issue_id: issues.checkout,
};

/** The local server's 403 (as PostHog's) to a key without `query:read`. */
export const missingQueryRead = {
  type: 'authentication_error',
  code: 'permission_denied',
  detail: "API key missing required scope 'query:read'",
  attr: null,
};

/**
 * Two issues of environment 1, each with its fingerprint and events: the latest an hour ago, one 3 days ago whose
 * message holds a quote and a backslash, one 20 days ago; and an event of environment 2 that no query of 1 sees.
 */
export function seedRecentExceptions(db: Db): void {
  addIssue(db, { id: issues.checkout, name: 'TypeError' });
  addIssue(db, { id: issues.dates, name: 'RangeError' });
  addIssue(db, { id: '01900000-0000-7000-8000-00000000000c', teamId: 2, name: 'Mobile' });
  addFingerprint(db, issues.checkout, 'fp-checkout');
  addFingerprint(db, issues.dates, 'fp-dates');
  const insert = (uuid: string, issueId: string, fingerprint: string, at: string, props: Record<string, unknown>) =>
    insertExceptionEvent(db, {
      uuid,
      teamId: issueId.endsWith('c') ? 2 : 1,
      issueId,
      fingerprint,
      timestamp: at,
      distinctId: 'user-1',
      sessionId: 'session-1',
      library: 'posthog-js',
      properties: { $browser: 'Firefox', ...props },
    });
  insert(events.latest, issues.checkout, 'fp-checkout', ago(hour), latestExceptionProperties);
  insert(events.dates, issues.dates, 'fp-dates', ago(2 * hour), {
    $exception_types: ['RangeError'],
    $exception_values: ['Invalid time value'],
  });
  insert(events.quoted, issues.checkout, 'fp-checkout', ago(3 * day), {
    $exception_types: ['Error'],
    $exception_values: ["it's C:\\temp again"],
  });
  insert(events.old, issues.dates, 'fp-dates', ago(20 * day), { $exception_types: ['RangeError'] });
  insert(events.otherEnvironment, '01900000-0000-7000-8000-00000000000c', 'fp-mobile', ago(hour), {
    $exception_types: ['TypeError'],
  });
}
