import { defaultFingerprint } from '../../rule-engine';
import type { CapturedException } from '../ingest/exception-pipeline';
import { callSites, type CallSite, type TakenStacks } from './call-sites';
import { dayMs, demoNow } from './demo-time';
import { eventProperties } from './event-properties';
import { demoTemplates } from './demo-teams';
import type { ExceptionTemplate } from './exception-template';
import type { Random } from './random';

/** The organization's own QA account: its email has the members' domain, so it counts as a test account. */
const testAccountEmail = 'qa-bot@example.com';

/** One exception as an SDK sent it, and the template it was made from. */
export type DemoEvent = { teamId: number; template: ExceptionTemplate; exception: CapturedException };

/** Varied, so that every default of `query/issues` (the last 7 days, no test accounts) hides some issues. */
function activity(random: Random) {
  const quiet = random.chance(0.3);
  return { quietDays: quiet ? 8 + random.next() * 40 : 0, recentOnlyTestAccount: !quiet && random.chance(0.08) };
}

/** Two templates thrown on the same stack would be one fingerprint, so one issue: the demo keeps them apart. */
function checkSitesApart(teamId: number, template: ExceptionTemplate, sites: CallSite[], seen: Map<string, string>) {
  for (const site of sites) {
    const { fingerprint } = defaultFingerprint({
      $exception_list: [{ type: template.type, value: template.message, stacktrace: { frames: site.frames } }],
    });
    const other = seen.get(`${teamId}:${fingerprint}`);
    if (other !== undefined && other !== template.message)
      throw new Error(`Demo data: "${template.message}" and "${other}" are thrown on the same stack.`);
    seen.set(`${teamId}:${fingerprint}`, template.message);
  }
}

function templateEvents(teamId: number, template: ExceptionTemplate, sites: CallSite[], random: Random, now: number) {
  const shift = now - demoNow;
  const drawn = demoNow - dayMs / 24 - random.next() * 60 * dayMs;
  const firstSeen = template.firstSeen === undefined ? drawn : demoNow - template.firstSeen * dayMs;
  const { quietDays, recentOnlyTestAccount } = activity(random);
  const end = demoNow - quietDays * dayMs;
  const start = Math.min(firstSeen, end);
  // The first call site is where it was first seen; the others turn up later, most of them soon after.
  const siteStarts = sites.map((_, index) => (index === 0 ? start : start + random.next() ** 2 * (end - start)));
  const count = Math.min(90, Math.max(sites.length, sites.length * random.int(1, 4) + random.int(3, 16)));
  const users = random.int(1, 12);
  const events: DemoEvent[] = [];
  for (let n = 0; n < count; n++) {
    const siteIndex = n < sites.length ? n : random.int(0, sites.length - 1);
    const site = sites[siteIndex]!;
    const at =
      n < sites.length ? siteStarts[n]! : siteStarts[siteIndex]! + random.next() * (end - siteStarts[siteIndex]!);
    const testAccount = (recentOnlyTestAccount && demoNow - at < 7 * dayMs) || random.chance(0.06);
    const session = random.chance(0.1) ? '' : `session-${random.hex(12)}`;
    const properties = eventProperties(template, site, random.pick(site.places), random);
    events.push({
      teamId,
      template,
      exception: {
        uuid: random.uuid(),
        distinctId: testAccount ? testAccountEmail : `user-${teamId}-${random.int(1, users)}`,
        timestamp: new Date(Math.floor(at + shift)).toISOString(),
        properties: { ...properties, $session_id: session, ...(testAccount ? { email: testAccountEmail } : {}) },
      },
    });
  }
  return events;
}

/**
 * Every exception the demo's SDKs sent, in time order: deterministic for a seed, and shifted so that `demoNow` is
 * `now`, which keeps the issue query's relative date ranges (default `-7d`) finding recent events.
 */
export function demoEvents(sitesRandom: Random, eventsRandom: Random, now: number): DemoEvent[] {
  const seen = new Map<string, string>();
  const taken: TakenStacks = new Set();
  const events = demoTemplates.flatMap(([teamId, templates]) =>
    templates.flatMap((template) => {
      const sites = callSites(template, sitesRandom, taken);
      checkSitesApart(teamId, template, sites, seen);
      return templateEvents(teamId, template, sites, eventsRandom, now);
    }),
  );
  const time = (event: DemoEvent) => event.exception.timestamp;
  return events.sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0));
}
