import type { Db } from '../store/database';
import { insertExceptionEvent } from '../store/exception-events-repository';
import { dayMs, demoNow } from './demo-time';
import type { Random } from './random';
import { mobileTeam, type DemoIssue } from './seed-issues';

type IssueRow = { id: string; team_id: number; name: string | null; description: string | null };
type FingerprintRow = { fingerprint: string; first_seen: string | null };

export const testAccountDistinctId = 'qa-bot@acme.example';

const libraries: Record<number, string[]> = { [mobileTeam]: ['posthog-android', 'posthog-ios'] };
const sources = ['src/checkout/cart.tsx', 'src/lib/api-client.ts', 'src/app/router.tsx', 'src/settings/page.tsx'];
const functions = ['renderCart', 'fetchJson', 'navigate', 'loadSettings'];

/** Varied, so that every default of `query/issues` (the last 7 days, no test accounts) hides some issues. */
type Activity = { quietDays: number; recentOnlyTestAccount: boolean };

function activity(random: Random): Activity {
  const quiet = random.chance(0.3);
  return {
    quietDays: quiet ? 8 + random.next() * 40 : 0,
    recentOnlyTestAccount: !quiet && random.chance(0.08),
  };
}

/** Shifted so that demoNow is `now`: the query's relative date ranges (default `-7d`) always find recent events. */
export function seedExceptionEvents(db: Db, random: Random, demoIssues: DemoIssue[], now: number): number {
  const types = new Map(demoIssues.map((issue) => [issue.id, issue.exceptionType]));
  const shift = now - demoNow;
  const issues = db.prepare('SELECT id, team_id, name, description FROM issues ORDER BY id').all() as IssueRow[];
  const fingerprintsOf = db.prepare(
    'SELECT fingerprint, first_seen FROM fingerprints WHERE issue_id = ? ORDER BY created_at, id',
  );
  let count = 0;
  for (const issue of issues) {
    const fingerprints = fingerprintsOf.all(issue.id) as FingerprintRow[];
    if (fingerprints.length === 0) continue;
    const { quietDays, recentOnlyTestAccount } = activity(random);
    const end = demoNow - quietDays * dayMs;
    const events = Math.min(60, fingerprints.length * random.int(1, 5) + random.int(0, 6));
    const users = random.int(1, 12);
    for (let n = 0; n < events; n++) {
      const fingerprint = random.pick(fingerprints);
      const start = Math.min(Date.parse(fingerprint.first_seen ?? new Date(end).toISOString()), end);
      const at = start + random.next() * (end - start);
      const recent = demoNow - at < 7 * dayMs;
      const testAccount = (recentOnlyTestAccount && recent) || random.chance(0.06);
      const distinctId = testAccount ? testAccountDistinctId : `user-${issue.team_id}-${random.int(1, users)}`;
      const sessionId = random.chance(0.1) ? '' : `session-${random.hex(12)}`;
      const library = random.pick(libraries[issue.team_id] ?? ['posthog-js']);
      insertExceptionEvent(db, {
        uuid: random.uuid(),
        teamId: issue.team_id,
        issueId: issue.id,
        fingerprint: fingerprint.fingerprint,
        timestamp: new Date(Math.floor(at + shift)).toISOString(),
        distinctId,
        sessionId,
        library,
        isTestAccount: testAccount,
        properties: {
          $exception_types: [types.get(issue.id) ?? issue.name ?? 'Error'],
          $exception_values: [issue.description ?? ''],
          $exception_sources: [random.pick(sources)],
          $exception_functions: [random.pick(functions)],
          $exception_fingerprint: fingerprint.fingerprint,
          $lib: library,
          $session_id: sessionId,
          ...(testAccount ? { email: testAccountDistinctId } : {}),
        },
      });
      count++;
    }
  }
  return count;
}
