// Each fixture names the PostHog behaviour it stands for, current and older versions.
import { describe, expect, it } from 'vitest';
import { externalReferenceSchema } from './external-references';
import { fingerprintRowSchema } from './fingerprints';
import { githubReposSchema, integrationSchema, trackerIntegrationSchema } from './integrations';
import { issueQueryResultSchema, issueQueryRowSchema, issueSchema, issueUpdateInputSchema } from './issues';
import { personalApiKeySchema } from './organization';
import { readableRows, readRows } from './rows';
import { assignmentRuleSchema, groupingRuleListSchema, groupingRuleSchema, suppressionRuleSchema } from './rules';

const id = (n: number) => `0190f4c4-0000-7000-8000-${String(n).padStart(12, '0')}`;
const group = (values: unknown[]) => ({ type: 'AND', values });

describe('query/issues (current PostHog)', () => {
  // LIST_ISSUE_FIELDS: no external_issues, aggregations as floats, severity null, assignee {id, type}.
  const row = {
    id: id(1),
    name: 'TypeError',
    description: 'Cannot read properties of undefined',
    status: 'active',
    severity: null,
    first_seen: '2026-11-20T10:00:00Z',
    last_seen: '2026-12-01T09:00:00Z',
    library: 'web',
    source: 'src/cart.ts',
    assignee: { id: 12, type: 'user' },
    aggregations: { occurrences: 42.0, users: 7.0, sessions: 9.0 },
  };

  it('reads the compact row, which the REST issue schema refuses for lack of external_issues', () => {
    expect(issueQueryRowSchema.parse(row)).toMatchObject({ id: row.id, aggregations: { occurrences: 42 } });
    expect(issueSchema.safeParse(row).success).toBe(false);
  });

  it('reads a row without name, description, first_seen or aggregations (keys PostHog leaves out)', () => {
    expect(issueQueryRowSchema.safeParse({ id: id(2), status: 'resolved', assignee: null }).success).toBe(true);
  });

  it('keeps a page whose one row is odd, with every other row readable', () => {
    const page = issueQueryResultSchema.parse({
      results: [row, { ...row, id: 'not-a-uuid' }, { ...row, id: id(3) }],
      hasMore: true,
      limit: 3,
      offset: 0,
      nextOffset: 3,
    });
    const rows = readRows(issueQueryRowSchema, page.results);
    expect(rows.map((one) => one.ok)).toEqual([true, false, true]);
    expect(rows[1]).toMatchObject({ ok: false, id: 'not-a-uuid', reason: expect.stringContaining('id') });
  });
});

describe('REST issues', () => {
  it('reads an issue with no fingerprints left: first_seen null', () => {
    const issue = { id: id(4), status: 'active', name: null, description: null, first_seen: null, assignee: null };
    expect(issueSchema.parse({ ...issue, external_issues: [] }).first_seen).toBeNull();
  });

  it('writes only the statuses PostHog accepts on PATCH', () => {
    expect(issueUpdateInputSchema.safeParse({ status: 'suppressed' }).success).toBe(true);
    for (const status of ['archived', 'pending_release']) {
      expect(issueUpdateInputSchema.safeParse({ status }).success).toBe(false);
    }
  });
});

describe('rules', () => {
  const base = { id: id(5), order_key: 0, disabled_data: null, created_at: '2026-01-01T00:00:00Z', updated_at: null };

  it('reads filters PostHog stores that the editor cannot: other operators, {} leaves, null values, HogQL', () => {
    const filters = group([
      { key: '$pathname', type: 'event', operator: 'is_cleaned_path_exact', value: '/checkout' },
      { key: 'beta', type: 'flag', operator: 'flag_evaluates_to', value: true },
      {},
      { key: 'properties.$lib = "web"', type: 'hogql', value: null },
    ]);
    const rule = assignmentRuleSchema.parse({ ...base, filters, assignee: null });
    expect(JSON.stringify(rule.filters)).toBe(JSON.stringify(filters));
  });

  it('reads an older assignment rule without created_at / updated_at', () => {
    const { created_at: _created, updated_at: _updated, ...old } = base;
    expect(assignmentRuleSchema.parse({ ...old, filters: group([]), assignee: null })).toMatchObject({
      created_at: null,
      updated_at: null,
    });
  });

  it('reads an older suppression rule without sampling_rate', () => {
    expect(suppressionRuleSchema.safeParse({ ...base, filters: group([]) }).success).toBe(true);
  });

  it('keeps a grouping list whose one rule is odd, the others readable', () => {
    const good = { ...base, filters: group([{ key: '$browser', operator: 'exact', value: 'Chrome' }]) };
    const list = groupingRuleListSchema.parse({
      results: [
        { ...good, assignee: null, description: null, issue: null },
        { ...good, id: id(6), filters: 'not a group' },
      ],
    });
    expect(readableRows(readRows(groupingRuleSchema, list.results)).map((rule) => rule.id)).toEqual([base.id]);
  });
});

describe('external references and integrations', () => {
  it('reads a reference without issue (write-only in current PostHog)', () => {
    const reference = {
      id: id(7),
      integration: { id: 3, kind: 'github', display_name: 'acme' },
      external_url: 'https://github.com/acme/web/issues/7',
    };
    expect(externalReferenceSchema.parse(reference).issue).toBeUndefined();
  });

  it('refuses a tracker integration with a null display_name, yet ignores the kind for others', () => {
    const slack = { id: 9, kind: 'slack', display_name: null, config: {}, created_at: '2026-01-01T00:00:00Z' };
    expect(integrationSchema.safeParse(slack).success).toBe(false);
    expect(trackerIntegrationSchema.safeParse(slack).success).toBe(false);
    expect(trackerIntegrationSchema.safeParse({ ...slack, kind: 'github', display_name: 'acme' }).success).toBe(true);
  });

  it('reads github_repos from an older PostHog without has_more / total', () => {
    const repos = { repositories: [{ id: 1, name: 'web', full_name: 'acme/web' }] };
    expect(githubReposSchema.safeParse(repos).success).toBe(true);
  });
});

describe('fingerprints and keys', () => {
  it('reads older fingerprints: without first_seen, and the oldest without id', () => {
    const oldest = { fingerprint: 'abc', issue_id: id(8), created_at: '2026-01-01T00:00:00Z' };
    expect(fingerprintRowSchema.safeParse(oldest).success).toBe(true);
    expect(fingerprintRowSchema.safeParse({ ...oldest, id: id(9) }).success).toBe(true);
  });

  it('reads a key limited to specific projects', () => {
    const key = { id: 'k', label: 'ci', mask_value: 'phx_…abcd', scopes: ['*'], scoped_teams: [2] };
    expect(personalApiKeySchema.parse({ ...key, scoped_organizations: null }).scoped_teams).toEqual([2]);
  });
});
