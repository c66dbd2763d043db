import type { Json } from '../../rule-engine/types';
import type { Db } from '../store/database';

// Some of PostHog's generic_emails.txt: a member with such an address says nothing about the company's domain.
const genericDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
]);

/** Whether an event comes from an internal or test user: what the issue query's `filterTestAccounts` leaves out. */
export type TestAccountFilter = (properties: Record<string, Json>) => boolean;

/**
 * PostHog's default test-account filter of a new project (`TeamManager.set_test_account_filters`): a person whose
 * email contains the domain of the organization's first member with a company address. This server keeps no
 * persons, so it reads the event's own `email`. PostHog's other default, `$host` on localhost, is left out: the
 * apps that send to a local server mostly run on localhost, and their exceptions are the point.
 */
export function loadTestAccountFilter(db: Db): TestAccountFilter {
  const emails = db.prepare('SELECT email FROM users ORDER BY id').pluck().all() as string[];
  const domain = emails
    .map((email) => /@[\w.]+/.exec(email)?.[0].toLowerCase())
    .find((found) => found !== undefined && !genericDomains.has(found.slice(1)));
  if (domain === undefined) return () => false;
  return ({ email }) => typeof email === 'string' && email.toLowerCase().includes(domain);
}
