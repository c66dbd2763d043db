import { describe, expect, it } from 'vitest';
import { formatTicketReference } from './format-ticket-reference';
import { parseTicketReference, referenceFormats } from './parse-ticket-reference';

const ok = (context: Record<string, unknown>) => ({ ok: true, context });
const expected = (kind: keyof typeof referenceFormats) => ({ ok: false, error: `Expected ${referenceFormats[kind]}.` });

describe('parseTicketReference: GitHub', () => {
  it.each([
    ['octo/lib#3', { repository: 'lib', number: 3 }],
    ['web-app#142', { repository: 'web-app', number: 142 }],
    ['  my.repo_2#7  ', { repository: 'my.repo_2', number: 7 }],
    ['https://github.com/octo/lib/issues/3', { repository: 'lib', number: 3 }],
    ['https://www.github.com/octo/lib/issues/3/', { repository: 'lib', number: 3 }],
    ['https://github.com/octo/lib/issues/3#issuecomment-1', { repository: 'lib', number: 3 }],
  ])('reads %s', (text, context) => {
    expect(parseTicketReference('github', text, { githubAccount: 'octo' })).toEqual(ok(context));
  });

  it('names a repository of the integration’s own account by its bare name, as PostHog stores it', () => {
    expect(parseTicketReference('github', 'ACME/web-app#142', { githubAccount: 'acme' })).toEqual(
      ok({ repository: 'web-app', number: 142 }),
    );
    expect(parseTicketReference('github', 'https://github.com/acme/api/issues/88', { githubAccount: 'acme' })).toEqual(
      ok({ repository: 'api', number: 88 }),
    );
  });

  it('refuses a ticket of another account, which PostHog cannot link', () => {
    expect(parseTicketReference('github', 'octo/lib#3', { githubAccount: 'acme' })).toEqual({
      ok: false,
      error: 'That issue is in octo/lib, but PostHog links only tickets in the repositories of acme.',
    });
    expect(parseTicketReference('github', 'https://github.com/octo/lib/issues/3')).toEqual({
      ok: false,
      error:
        'Type the repository without its owner (lib#3): PostHog links tickets in the integration’s own account only.',
    });
  });

  it.each([
    '142',
    'web-app',
    'web-app#',
    'web-app#12a',
    'a/b/c#1',
    'https://github.com/octo/lib/pull/3',
    'https://gitlab.com/octo/lib/issues/3',
    'javascript:alert(1)#1',
  ])('refuses %s, naming the expected format', (text) => {
    expect(parseTicketReference('github', text)).toEqual(expected('github'));
  });

  it('refuses issue number 0 with the contract’s message', () => {
    expect(parseTicketReference('github', 'web#0')).toEqual({
      ok: false,
      error: 'Issue number must be a positive integer.',
    });
  });
});

describe('parseTicketReference: GitLab', () => {
  it.each([
    ['42', { issue_id: 42 }],
    ['#17', { issue_id: 17 }],
    ['https://gitlab.com/acme/mobile-app/-/issues/17', { issue_id: 17 }],
    ['https://gitlab.example.com/group/sub/project/issues/5/', { issue_id: 5 }],
  ])('reads %s', (text, context) => {
    expect(parseTicketReference('gitlab', text)).toEqual(ok(context));
  });

  it('accepts a URL of the integration’s project and refuses another project’s', () => {
    const scope = { gitlabProject: 'acme/mobile-app' };
    expect(parseTicketReference('gitlab', 'https://gitlab.com/Acme/Mobile-App/-/issues/23', scope)).toEqual(
      ok({ issue_id: 23 }),
    );
    expect(parseTicketReference('gitlab', 'https://gitlab.com/acme/web/-/issues/23', scope)).toEqual({
      ok: false,
      error: 'That issue is in acme/web, but this integration holds the issues of acme/mobile-app.',
    });
  });

  it.each(['ENG-42', '4.5', '-3', 'https://gitlab.com/acme/web/-/merge_requests/3', 'https://gitlab.com/issues'])(
    'refuses %s',
    (text) => {
      expect(parseTicketReference('gitlab', text)).toEqual(expected('gitlab'));
    },
  );

  it('refuses issue id 0 with the contract’s message', () => {
    expect(parseTicketReference('gitlab', '0')).toEqual({ ok: false, error: 'Issue id must be a positive integer.' });
  });
});

describe('parseTicketReference: Linear', () => {
  it.each([
    ['ENG-42', { id: 'ENG-42' }],
    ['eng-42', { id: 'ENG-42' }],
    ['https://linear.app/acme/issue/WEB-108', { id: 'WEB-108' }],
    ['https://linear.app/acme/issue/WEB-108/stale-clients-after-deploy', { id: 'WEB-108' }],
  ])('reads %s', (text, context) => {
    expect(parseTicketReference('linear', text)).toEqual(ok(context));
  });

  it.each([
    '42',
    'ENG 42',
    'ENG-',
    '1ENG-4',
    'https://example.com/acme/issue/ENG-42',
    'https://linear.app/acme/ENG-42',
  ])('refuses %s', (text) => {
    expect(parseTicketReference('linear', text)).toEqual(expected('linear'));
  });
});

describe('parseTicketReference: Jira', () => {
  it.each([
    ['PROJ-7', { key: 'PROJ-7' }],
    ['ops_team-77', { key: 'OPS_TEAM-77' }],
    ['https://acme.atlassian.net/browse/WEB-231', { key: 'WEB-231' }],
    ['https://jira.example.com/projects/WEB/issues?selectedIssue=WEB-240', { key: 'WEB-240' }],
  ])('reads %s', (text, context) => {
    expect(parseTicketReference('jira', text)).toEqual(ok(context));
  });

  it.each(['7', 'PROJ7', 'PROJ-7-1', 'https://acme.atlassian.net/browse/', 'https://acme.atlassian.net/issues'])(
    'refuses %s',
    (text) => {
      expect(parseTicketReference('jira', text)).toEqual(expected('jira'));
    },
  );
});

describe('parseTicketReference: empty input', () => {
  it.each(['github', 'gitlab', 'linear', 'jira'] as const)('asks for the %s ticket in its format', (kind) => {
    expect(parseTicketReference(kind, '   ')).toEqual({
      ok: false,
      error: `Enter the ticket: ${referenceFormats[kind]}.`,
    });
  });
});

describe('formatTicketReference', () => {
  it('writes each tracker’s context the way parseTicketReference reads it back', () => {
    const cases = [
      ['github', { repository: 'web-app', number: 142 }],
      ['gitlab', { issue_id: 17 }],
      ['linear', { id: 'WEB-108' }],
      ['jira', { key: 'OPS-77' }],
    ] as const;
    for (const [kind, context] of cases) {
      const text = formatTicketReference(kind, context);
      expect(text).not.toBeNull();
      expect(parseTicketReference(kind, text!)).toEqual(ok(context));
    }
  });

  it('answers null for an incomplete context', () => {
    expect(formatTicketReference('github', { repository: 'web' })).toBeNull();
    expect(formatTicketReference('gitlab', {})).toBeNull();
    expect(formatTicketReference('linear', { id: '' })).toBeNull();
  });
});
