import { describe, expect, it } from 'vitest';
import { parseTicketReference } from './parse-ticket-reference';

describe('parseTicketReference: links from another site', () => {
  const jira = { jiraSite: 'https://acme.atlassian.net' };

  it('takes a Jira link from the integration’s site, whatever the case of its host', () => {
    expect(parseTicketReference('jira', 'https://ACME.atlassian.net/browse/web-5', jira)).toEqual({
      ok: true,
      context: { key: 'WEB-5' },
    });
    expect(parseTicketReference('jira', 'WEB-5', jira)).toEqual({ ok: true, context: { key: 'WEB-5' } });
  });

  it.each([
    'https://evil.example/browse/WEB-5',
    'https://acme.atlassian.net.evil.example/browse/WEB-5',
    'https://other.atlassian.net/projects/WEB/issues?selectedIssue=WEB-5',
  ])('refuses the Jira link %s, naming both hosts', (link) => {
    const host = new URL(link).hostname;
    expect(parseTicketReference('jira', link, jira)).toEqual({
      ok: false,
      error:
        `That link is on ${host}, but this integration’s Jira site is acme.atlassian.net: ` +
        'paste the link of a ticket on acme.atlassian.net, or type its key.',
    });
  });

  it('reads a site configured without its scheme', () => {
    expect(
      parseTicketReference('jira', 'https://evil.example/browse/WEB-5', { jiraSite: 'acme.atlassian.net' }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('refuses a GitLab link from another instance than the integration’s', () => {
    const scope = { gitlabProject: 'acme/mobile-app', gitlabHost: 'https://gitlab.com' };
    expect(parseTicketReference('gitlab', 'https://gitlab.com/acme/mobile-app/-/issues/17', scope)).toEqual({
      ok: true,
      context: { issue_id: 17 },
    });
    expect(parseTicketReference('gitlab', 'https://evil.example/acme/mobile-app/-/issues/17', scope)).toEqual({
      ok: false,
      error:
        'That link is on evil.example, but this integration’s GitLab instance is gitlab.com: ' +
        'paste the link of a ticket on gitlab.com, or type its number.',
    });
  });
});
