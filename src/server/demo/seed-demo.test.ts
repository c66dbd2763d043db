import { describe, expect, it } from 'vitest';
import { assigneeSchema, type Assignee } from '../../contract/assignee';
import { disabledDataSchema } from '../../contract/disabled-data';
import { ticketContextSchemas, trackerTicketSchema } from '../../contract/external-references';
import { filterGroupSchema } from '../../contract/filters';
import { trackerKinds, type TrackerKind } from '../../contract/integrations';
import { issueStatuses } from '../../contract/issues';
import {
  assignmentRuleCreateInputSchema,
  groupingRuleCreateInputSchema,
  suppressionRuleCreateInputSchema,
} from '../../contract/rules';
import { capturedProperties, evaluate, type EngineRules, type Json } from '../../rule-engine';
import { externalUrl } from '../trackers/external-url';
import { openDatabase, type Db } from '../store/database';
import { canonicalJson } from '../store/external-references-repository';
import { listRules } from '../store/rules-repository';
import { makeTestServer } from '../test-support';
import { demoEvents } from './demo-events';
import { createRandom } from './random';
import { demoTables, seedDemo } from './seed-demo';

type RuleRow = {
  id: string;
  team_id: number;
  kind: 'assignment' | 'grouping' | 'suppression';
  filters: string;
  assignee: string | null;
  description: string | null;
  sampling_rate: number | null;
  order_key: number;
  disabled_data: string | null;
};

const seedTime = Date.parse('2026-12-01T12:00:00.000Z');

function seeded(): Db {
  const db = openDatabase(':memory:');
  seedDemo(db, seedTime);
  return db;
}

const all = <T>(db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const parse = (text: string | null): any => (text === null ? null : JSON.parse(text));

describe('seedDemo', () => {
  it('fills an empty database and reports the row count of every table', () => {
    const db = openDatabase(':memory:');
    const summary = seedDemo(db);
    expect(summary.counts).toEqual({
      projects: 2,
      users: 8,
      roles: 3,
      role_members: 9,
      issues: 79,
      fingerprints: 225,
      integrations: 6,
      external_references: 9,
      rules: 20,
      exception_events: 1132,
    });
    for (const table of demoTables) {
      expect(all<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${table}`)[0]!.n).toBe(summary.counts[table]);
    }
    expect(String(summary)).toBe(
      '2 projects, 8 users, 3 roles, 9 role members, 79 issues, 225 fingerprints, 6 integrations, 9 external references, 20 rules, 1132 exception events',
    );
    expect(all(db, 'SELECT id, name FROM projects ORDER BY id')).toEqual([
      { id: 1, name: 'Web app' },
      { id: 2, name: 'Mobile' },
    ]);
  });

  it('is deterministic: two seeds produce identical rows, ids and timestamps included', () => {
    const [first, second] = [seeded(), seeded()];
    for (const table of [...demoTables, 'ingestion_counters']) {
      // Project tokens are random, as PostHog's are: the one column that differs.
      const dump = (db: Db) =>
        all<Record<string, unknown>>(db, `SELECT * FROM ${table} ORDER BY rowid`).map((row) =>
          table === 'projects' ? { ...row, api_token: typeof row.api_token } : row,
        );
      expect(dump(second)).toEqual(dump(first));
    }
    const ids = all<{ id: string }>(
      first,
      'SELECT id FROM rules UNION ALL SELECT id FROM issues UNION ALL SELECT id FROM fingerprints',
    );
    for (const { id } of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('seeded on another day, has the same ids and decisions, its events shifted by the days between', () => {
    const later = openDatabase(':memory:');
    const shift = 3 * 86_400_000 + 17;
    seedDemo(later, seedTime + shift);
    const earlier = seeded();
    const issues = (db: Db) => all(db, 'SELECT id, status, name, description, assignee FROM issues ORDER BY id');
    expect(issues(later)).toEqual(issues(earlier));
    const fingerprints = (db: Db) => all(db, 'SELECT id, fingerprint, issue_id FROM fingerprints ORDER BY id');
    expect(fingerprints(later)).toEqual(fingerprints(earlier));
    const counters = (db: Db) => all(db, 'SELECT * FROM ingestion_counters ORDER BY team_id, counter, detail');
    expect(counters(later)).toEqual(counters(earlier));
    const events = (db: Db) =>
      all<{ uuid: string; timestamp: string; fingerprint: string }>(
        db,
        'SELECT uuid, timestamp, fingerprint FROM exception_events ORDER BY uuid',
      );
    expect(events(later)).toEqual(
      events(earlier).map((event) => ({
        ...event,
        timestamp: new Date(Date.parse(event.timestamp) + shift).toISOString(),
      })),
    );
  });

  it('refuses a database that already has projects and changes nothing', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO projects (id, name, created_at) VALUES (7, 'Mine', '2026-01-01T00:00:00.000Z')").run();
    expect(() => seedDemo(db)).toThrow(/empty database/);
    for (const table of demoTables) {
      expect(all<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${table}`)[0]!.n).toBe(table === 'projects' ? 1 : 0);
    }
  });
});

describe('demo rules', () => {
  const db = seeded();
  const rules = all<RuleRow>(db, 'SELECT * FROM rules ORDER BY team_id, kind, order_key');

  it('has assignment, grouping and suppression rules in both environments, with dense order keys', () => {
    const perKind = all<{ team_id: number; kind: string; keys: string }>(
      db,
      "SELECT team_id, kind, group_concat(order_key, ',') AS keys FROM (SELECT * FROM rules ORDER BY order_key) GROUP BY team_id, kind ORDER BY team_id, kind",
    );
    expect(perKind).toEqual([
      { team_id: 1, kind: 'assignment', keys: '0,1,2,3,4,5' },
      { team_id: 1, kind: 'grouping', keys: '0,1,2' },
      { team_id: 1, kind: 'suppression', keys: '0,1,2' },
      { team_id: 2, kind: 'assignment', keys: '0,1,2,3' },
      { team_id: 2, kind: 'grouping', keys: '0,1' },
      { team_id: 2, kind: 'suppression', keys: '0,1' },
    ]);
  });

  it('stores filters exactly as the contract parses them, and every rule passes its create schema', () => {
    for (const rule of rules) {
      const filters = parse(rule.filters);
      expect(filterGroupSchema.parse(filters)).toEqual(filters);
      const assignee = parse(rule.assignee);
      if (rule.kind === 'assignment') {
        expect(assignmentRuleCreateInputSchema.safeParse({ filters, assignee }).success).toBe(true);
      } else if (rule.kind === 'grouping') {
        expect(
          groupingRuleCreateInputSchema.safeParse({ filters, assignee, description: rule.description }).success,
        ).toBe(true);
      } else {
        expect(suppressionRuleCreateInputSchema.safeParse({ filters, sampling_rate: rule.sampling_rate }).success).toBe(
          true,
        );
        expect(rule.assignee).toBeNull();
      }
    }
    const webSampling = rules.filter((r) => r.team_id === 1 && r.kind === 'suppression').map((r) => r.sampling_rate);
    expect(webSampling).toEqual([1, 0.25, 0.5]);
  });

  it('includes a nested OR group and rules on the usual exception properties', () => {
    const web = rules
      .filter((rule) => rule.team_id === 1)
      .map((rule) => rule.filters)
      .join('\n');
    for (const key of ['$exception_types', '$exception_values', '$current_url', '$exception_sources'])
      expect(web).toContain(`"${key}"`);
    const nested = rules.filter((rule) =>
      parse(rule.filters).values.some((node: any) => node.type === 'OR' && Array.isArray(node.values)),
    );
    expect(nested.length).toBeGreaterThan(0);
  });

  it('has one rule that ingestion disabled: its disabled_data names the issue and the exception it failed on', () => {
    const disabled = rules.filter((rule) => rule.disabled_data !== null);
    expect(disabled).toHaveLength(1);
    const data = parse(disabled[0]!.disabled_data);
    expect(disabledDataSchema.parse(data)).toEqual(data);
    expect(data.message).toBe('invalid regex: missing closing ]: `[a-f0-9+\\.js$`');
    expect(disabled[0]!.kind).toBe('assignment');
    // The first exception that reached the rule made a new issue: the rule failed on that issue's first event.
    const [first] = all<{ properties: string; timestamp: string }>(
      db,
      'SELECT properties, timestamp FROM exception_events WHERE issue_id = ? ORDER BY timestamp, rowid LIMIT 1',
      data.issue.id,
    );
    expect(capturedProperties(data.props)).toEqual(capturedProperties(parse(first!.properties)));
    // Disabled when that event's batch came in.
    const disabledAt = all<{ updated_at: string }>(
      db,
      'SELECT updated_at FROM rules WHERE id = ?',
      disabled[0]!.id,
    )[0]!;
    const late = Date.parse(disabledAt.updated_at) - Date.parse(first!.timestamp);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(600_000);
  });

  it('groups into a dedicated issue per grouping rule, which the grouping list shows', async () => {
    const { call } = makeTestServer({ seed: seedDemo });
    const res = await call('GET', '/api/environments/1/error_tracking/grouping_rules/');
    expect(res.status).toBe(200);
    const issues = res.json.results.map((rule: any) => rule.issue);
    expect(issues.map((issue: any) => issue.name)).toEqual(['Chunk load failures after deploy', 'Error', 'TypeError']);
    const [chunks] = res.json.results;
    expect(chunks.description).toMatch(/chunk load/);
    const fingerprint = await call(
      'GET',
      `/api/environments/1/error_tracking/fingerprints/resolve/?fingerprint=custom-rule:${chunks.id}`,
    );
    expect(fingerprint.json.issue_id).toBe(chunks.issue.id);
  });
});

describe('demo people, issues and fingerprints', () => {
  const db = seeded();

  it('points every assignee (issues and rules) at an existing user or role', () => {
    const assignees = all<{ assignee: string }>(
      db,
      'SELECT assignee FROM issues WHERE assignee IS NOT NULL UNION ALL SELECT assignee FROM rules WHERE assignee IS NOT NULL',
    ).map((row) => assigneeSchema.parse(parse(row.assignee)) as Assignee);
    expect(assignees.length).toBeGreaterThan(15);
    expect(new Set(assignees.map((a) => a.type))).toEqual(new Set(['user', 'role']));
    for (const assignee of assignees) {
      const table = assignee.type === 'user' ? 'users' : 'roles';
      expect(all(db, `SELECT 1 FROM ${table} WHERE id = ?`, assignee.id)).toHaveLength(1);
    }
  });

  it('has realistic members and roles', () => {
    const users = all<{ email: string; first_name: string }>(db, 'SELECT email, first_name FROM users ORDER BY id');
    expect(users[7]).toEqual({ email: 'tomas.herrera@example.com', first_name: 'Tomás' });
    for (const { email } of users) expect(email).toMatch(/^[a-z]+\.[a-z]+@example\.com$/);
    const roles = all<{ name: string; members: number }>(
      db,
      'SELECT name, (SELECT COUNT(*) FROM role_members WHERE role_id = roles.id) AS members FROM roles ORDER BY name',
    );
    expect(roles).toEqual([
      { name: 'Backend', members: 3 },
      { name: 'Frontend', members: 3 },
      { name: 'Mobile', members: 3 },
    ]);
  });

  it('spreads mostly active issues over the 60 days before the seed time, mostly on the web', () => {
    const issues = all<{ team_id: number; status: string; first_seen: string }>(
      db,
      'SELECT team_id, status, first_seen FROM issues',
    );
    expect(issues.filter((issue) => issue.team_id === 1)).toHaveLength(62);
    expect(issues.filter((issue) => issue.team_id === 2)).toHaveLength(17);
    const active = issues.filter((issue) => issue.status === 'active').length;
    expect(active / issues.length).toBeGreaterThan(0.5);
    expect(new Set(issues.map((issue) => issue.status))).toEqual(new Set(issueStatuses));
    for (const { first_seen } of issues) {
      expect(Date.parse(first_seen)).toBeLessThan(seedTime);
      expect(Date.parse(first_seen)).toBeGreaterThan(seedTime - 61 * 86_400_000);
    }
  });

  it('gives every fingerprint an issue of its own team, unevenly, created when its first exception came in', () => {
    const orphans = all(
      db,
      'SELECT f.id FROM fingerprints f LEFT JOIN issues i ON i.id = f.issue_id AND i.team_id = f.team_id WHERE i.id IS NULL',
    );
    expect(orphans).toEqual([]);
    const early = all(
      db,
      `SELECT f.id FROM fingerprints f JOIN issues i ON i.id = f.issue_id
       WHERE f.first_seen < i.first_seen OR f.created_at < f.first_seen
         OR julianday(f.created_at) - julianday(f.first_seen) > 10.0 / 1440`,
    );
    expect(early).toEqual([]);
    const perIssue = all<{ n: number }>(
      db,
      'SELECT (SELECT COUNT(*) FROM fingerprints f WHERE f.issue_id = i.id) AS n FROM issues i',
    ).map((row) => row.n);
    expect(Math.min(...perIssue)).toBe(1);
    expect(Math.max(...perIssue)).toBeGreaterThan(30);
    const hashes = all<{ fingerprint: string }>(
      db,
      "SELECT fingerprint FROM fingerprints WHERE fingerprint NOT LIKE 'custom-rule:%'",
    );
    expect(hashes).toHaveLength(220);
    for (const { fingerprint } of hashes) expect(fingerprint).toMatch(/^[0-9a-f]{128}$/);
    // The fingerprints page pages through them: more than two pages of 100 in the web environment.
    expect(all(db, 'SELECT 1 FROM fingerprints WHERE team_id = 1').length).toBeGreaterThan(200);
  });
});

describe('demo integrations and external references', () => {
  const db = seeded();
  const integrations = all<{ id: number; team_id: number; kind: TrackerKind; config: string; picker_data: string }>(
    db,
    'SELECT id, team_id, kind, config, picker_data FROM integrations ORDER BY id',
  );

  it('has one integration of each kind in the web environment, and GitHub and Jira in Mobile', () => {
    expect(integrations.map((row) => [row.team_id, row.kind])).toEqual([
      [1, 'github'],
      [1, 'gitlab'],
      [1, 'linear'],
      [1, 'jira'],
      [2, 'github'],
      [2, 'jira'],
    ]);
    expect(parse(integrations[0]!.config)).toEqual({ account: { name: 'acme', type: 'Organization' } });
    expect(parse(integrations[1]!.config)).toEqual({
      hostname: 'https://gitlab.com',
      path_with_namespace: 'acme/mobile-app',
      project_id: 4242,
    });
    expect(parse(integrations[2]!.config)).toEqual({ url_key: 'acme', workspace_name: 'Acme' });
    expect(parse(integrations[3]!.config)).toEqual({ site_url: 'https://acme.atlassian.net' });
  });

  it('gives every picker ticket a contract-valid context and the URL the contract builds from it', () => {
    const listings: Record<TrackerKind, string[]> = {
      github: ['repositories', 'tickets'],
      gitlab: ['tickets'],
      linear: ['teams', 'tickets'],
      jira: ['projects', 'tickets'],
    };
    for (const integration of integrations) {
      const picker = parse(integration.picker_data);
      expect(Object.keys(picker).sort()).toEqual([...listings[integration.kind]].sort());
      expect(picker.tickets.length).toBeGreaterThan(1);
      for (const ticket of picker.tickets) {
        expect(trackerTicketSchema.parse(ticket)).toEqual(ticket);
        expect(ticketContextSchemas[integration.kind].parse(ticket.external_context)).toEqual(ticket.external_context);
        expect(ticket.url).toBe(externalUrl(integration.kind, parse(integration.config), ticket.external_context));
      }
    }
    const github = parse(integrations[0]!.picker_data).tickets[0];
    // GitHub's search answers the issue number as the id (PostHog's search_issues).
    expect(github).toMatchObject({ id: '142', url: 'https://github.com/acme/web-app/issues/142' });
    expect(parse(integrations[1]!.picker_data).tickets[0].url).toBe('https://gitlab.com/acme/mobile-app/issues/17');
  });

  it('links tickets of github, linear and jira to issues of the same environment, keyed canonically', () => {
    const references = all<{
      team_id: number;
      kind: string;
      external_context: string;
      context_key: string;
      issue_team: number;
      integration_team: number;
    }>(
      db,
      `SELECT r.team_id, g.kind, r.external_context, r.context_key, i.team_id AS issue_team, g.team_id AS integration_team
       FROM external_references r JOIN integrations g ON g.id = r.integration_id JOIN issues i ON i.id = r.issue_id`,
    );
    expect(references).toHaveLength(9);
    expect(new Set(references.map((r) => r.kind))).toEqual(new Set(trackerKinds.filter((kind) => kind !== 'gitlab')));
    for (const reference of references) {
      expect([reference.issue_team, reference.integration_team]).toEqual([reference.team_id, reference.team_id]);
      expect(reference.context_key).toBe(canonicalJson(parse(reference.external_context)));
    }
  });

  it('shows the links on the issues through the API', async () => {
    const { call } = makeTestServer({ seed: seedDemo });
    const res = await call('GET', '/api/environments/1/error_tracking/issues/?limit=1000');
    expect(res.status).toBe(200);
    const issue = res.json.results.find((row: any) => row.name?.startsWith('Checkout crashes'));
    expect(issue.name).toBe('Checkout crashes when a cart line has no price');
    expect(issue.external_issues.map((ref: any) => ref.external_url).sort()).toEqual([
      'https://acme.atlassian.net/browse/WEB-231',
      'https://github.com/acme/web-app/issues/142',
    ]);
  });
});

describe('demo exception events', () => {
  const week = 7 * 86_400_000;
  const events = (db: Db) =>
    all<{ issue_id: string; team_id: number; timestamp: string; is_test_account: number; fingerprint: string }>(
      db,
      'SELECT issue_id, team_id, timestamp, is_test_account, fingerprint FROM exception_events',
    );

  it('places every event within the ~90 days before the seed time, on a fingerprint of its issue', () => {
    const db = seeded();
    const fingerprints = new Map(
      all<{ fingerprint: string; issue_id: string }>(db, 'SELECT fingerprint, issue_id FROM fingerprints').map((f) => [
        f.fingerprint,
        f.issue_id,
      ]),
    );
    const issues = new Set(all<{ id: string }>(db, 'SELECT id FROM issues').map((issue) => issue.id));
    for (const event of events(db)) {
      const at = Date.parse(event.timestamp);
      expect(at).toBeLessThanOrEqual(seedTime);
      expect(at).toBeGreaterThan(seedTime - 90 * 86_400_000);
      // Its issue holds its fingerprint, unless a merge moved the fingerprint (and deleted the issue).
      const holder = fingerprints.get(event.fingerprint);
      expect(holder === event.issue_id || (holder !== undefined && !issues.has(event.issue_id))).toBe(true);
    }
  });

  it('makes each query default matter: quiet issues, test-account-only issues, statuses other than active', () => {
    const db = seeded();
    const byIssue = new Map<string, { recent: number; recentReal: number; total: number }>();
    for (const event of events(db)) {
      const entry = byIssue.get(event.issue_id) ?? { recent: 0, recentReal: 0, total: 0 };
      entry.total++;
      if (Date.parse(event.timestamp) > seedTime - week) {
        entry.recent++;
        if (!event.is_test_account) entry.recentReal++;
      }
      byIssue.set(event.issue_id, entry);
    }
    const counts = [...byIssue.values()];
    expect(counts.filter((c) => c.recent === 0).length).toBeGreaterThan(5);
    expect(counts.filter((c) => c.recent > 0 && c.recentReal === 0).length).toBeGreaterThan(0);
    expect(counts.filter((c) => c.recentReal > 0).length).toBeGreaterThan(20);
    const statuses = all<{ status: string }>(
      db,
      'SELECT DISTINCT i.status FROM issues i JOIN exception_events e ON e.issue_id = i.id WHERE e.timestamp > ?',
      new Date(seedTime - week).toISOString(),
    ).map((row) => row.status);
    expect(statuses.length).toBeGreaterThan(1);
  });

  it('answers the default query with recent, active, real-user issues only', async () => {
    const { call } = makeTestServer({ seed: seedDemo });
    const res = await call('POST', '/api/environments/1/error_tracking/query/issues/', { body: { limit: 100 } });
    expect(res.status).toBe(200);
    const rows = res.json.results as Array<{
      status: string;
      last_seen: string;
      aggregations: { occurrences: number };
    }>;
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.status).toBe('active');
      expect(Date.parse(row.last_seen)).toBeGreaterThan(Date.now() - week - 60_000);
    }
    const occurrences = rows.map((row) => row.aggregations.occurrences);
    expect(occurrences).toEqual([...occurrences].sort((a, b) => b - a));
    const wide = await call('POST', '/api/environments/1/error_tracking/query/issues/', {
      body: { limit: 100, status: 'all', dateRange: { date_from: '-90d' }, filterTestAccounts: false },
    });
    expect(wide.json.results.length).toBeGreaterThan(rows.length);
  });
});

describe('the demo follows from its rules', () => {
  const db = seeded();
  type StoredRule = {
    id: string;
    order_key: number;
    created_at: string | null;
    filters: unknown;
    disabled_data: { message: string } | null;
  };
  // Only whether it is set matters to the engine, and the message it reports.
  const base = (rule: StoredRule) => ({
    id: rule.id,
    order_key: rule.order_key,
    ...(rule.created_at === null ? {} : { created_at: rule.created_at }),
    filters: rule.filters,
    disabled_data: rule.disabled_data === null ? null : { message: rule.disabled_data.message },
  });
  const engineRules = (teamId: number): EngineRules => ({
    grouping: listRules(db, teamId, 'grouping').results.map((rule) => ({
      ...base(rule),
      assignee: rule.assignee,
      description: rule.description,
    })),
    suppression: listRules(db, teamId, 'suppression').results.map((rule) => ({
      ...base(rule),
      sampling_rate: rule.sampling_rate,
    })),
    assignment: listRules(db, teamId, 'assignment').results.map((rule) => ({ ...base(rule), assignee: rule.assignee })),
  });
  const rulesOf: Record<number, EngineRules> = { 1: engineRules(1), 2: engineRules(2) };
  type StoredEvent = {
    uuid: string;
    team_id: number;
    issue_id: string;
    fingerprint: string;
    properties: string;
    trace: string;
    is_test_account: number;
  };
  const stored = all<StoredEvent>(db, 'SELECT * FROM exception_events ORDER BY timestamp, rowid');
  const issues = all<{ id: string; team_id: number; assignee: string | null }>(
    db,
    'SELECT id, team_id, assignee FROM issues ORDER BY id',
  );

  /** The engine on an issue's first exception, as ingestion ran it when that exception made the issue. */
  function assignmentOf(issue: (typeof issues)[number], rules: EngineRules) {
    const first = stored.find((event) => event.issue_id === issue.id)!;
    const properties = capturedProperties<Json>(parse(first.properties));
    const [exception] = properties.$exception_list as Array<{ type: string; value: string }>;
    return evaluate({ uuid: first.uuid, properties }, rules, {
      resolveIssue: () => ({
        isNew: true,
        reopened: false,
        issue: { id: issue.id, status: 'active', name: exception!.type, description: exception!.value },
        existingAssignee: null,
      }),
    }).assignment!;
  }

  it('every issue was made by its first exception and has the assignee the rules give it', () => {
    expect(issues).toHaveLength(79);
    for (const issue of issues) {
      const first = stored.find((event) => event.issue_id === issue.id);
      expect(first, `issue ${issue.id} came from an exception`).toBeDefined();
      expect(parse(first!.trace).issue).toMatchObject({ id: issue.id, created: true });
      expect(assignmentOf(issue, rulesOf[issue.team_id]!).assignee).toEqual(parse(issue.assignee));
    }
    expect(issues.filter((issue) => issue.assignee !== null)).toHaveLength(23);
  });

  it('assigns through every assignment rule but the one that never matches and the shadowed one', () => {
    const winners = new Set(issues.map((issue) => assignmentOf(issue, rulesOf[issue.team_id]!).winner));
    const ruleAt = (teamId: number, orderKey: number) =>
      rulesOf[teamId]!.assignment.find((rule) => rule.order_key === orderKey)!;
    const assigning = [0, 1, 2, 3].map((key) => ruleAt(1, key)).concat([0, 1, 2].map((key) => ruleAt(2, key)));
    for (const rule of assigning) expect(winners, String(rule.filters)).toContain(rule.id);
    const disabled = ruleAt(1, 4);
    expect(disabled.disabled_data).not.toBeNull();
    const neverMatches = ruleAt(1, 5);
    const shadowed = ruleAt(2, 3);
    for (const rule of [disabled, neverMatches, shadowed]) expect(winners).not.toContain(rule.id);
    // Alone, the shadowed rule would assign some issues; the /admin/ rule still none.
    const alone = (teamId: number, rule: EngineRules['assignment'][number]) =>
      issues
        .filter((issue) => issue.team_id === teamId)
        .filter((issue) => assignmentOf(issue, { ...rulesOf[teamId]!, assignment: [rule] }).winner === rule.id);
    expect(alone(2, shadowed).length).toBeGreaterThan(0);
    expect(alone(1, neverMatches)).toEqual([]);
  });

  it('every stored exception has the fingerprint the grouping rules give it, and no suppression rule drops it', () => {
    expect(stored).toHaveLength(1132);
    for (const event of stored) {
      const properties = capturedProperties<Json>(parse(event.properties));
      const trace = evaluate({ uuid: event.uuid, properties }, rulesOf[event.team_id]!);
      expect(trace.grouping.fingerprint.fingerprint).toBe(event.fingerprint);
      expect(trace.suppression.suppressed).toBe(false);
    }
    const grouped = new Set(stored.map((event) => event.fingerprint).filter((value) => value.startsWith('custom-')));
    expect(grouped.size).toBe(5);
  });

  it('the suppression rules dropped exactly the exceptions sent that they match, each rule some, all counted', () => {
    const sent = demoEvents(createRandom('demo:sites'), createRandom('demo:events'), seedTime);
    const dropped = new Map<string, number>();
    for (const { teamId, exception } of sent) {
      const trace = evaluate({ uuid: exception.uuid, properties: exception.properties }, rulesOf[teamId]!);
      if (!trace.suppression.suppressed) continue;
      const key = `${teamId}:${trace.suppression.winner}`;
      dropped.set(key, (dropped.get(key) ?? 0) + 1);
    }
    const counters = all<{ team_id: number; counter: string; detail: string; value: number }>(
      db,
      'SELECT * FROM ingestion_counters ORDER BY team_id, counter, detail',
    );
    expect(
      new Map(
        counters
          .filter((row) => row.counter === 'suppressed')
          .map((row) => [`${row.team_id}:${row.detail}`, row.value]),
      ),
    ).toEqual(dropped);
    expect(dropped.size).toBe(5);
    const ingested = counters.filter((row) => row.counter === 'ingested').reduce((sum, row) => sum + row.value, 0);
    expect(ingested).toBe(stored.length);
    expect(sent.length - stored.length).toBe([...dropped.values()].reduce((sum, n) => sum + n, 0));
    expect(new Set(counters.map((row) => row.counter))).toEqual(new Set(['ingested', 'suppressed']));
  });

  it('counts an exception as a test account’s when its email has the members’ domain', () => {
    for (const event of stored) {
      const { email } = parse(event.properties);
      expect(event.is_test_account).toBe(typeof email === 'string' && email.endsWith('@example.com') ? 1 : 0);
    }
    expect(stored.filter((event) => event.is_test_account === 1).length).toBeGreaterThan(50);
  });
});
