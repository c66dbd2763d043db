import { describe, expect, it } from 'vitest';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import { buildLinkRequest } from './build-link-request';
import { initialValues, type LinkTicketValues } from './link-ticket-values';
import { serverErrorTarget } from './server-error-target';

const issue = { id: '0190f4c4-3333-7000-8000-000000000001', name: 'Crash' };
const integration = (id: number, kind: TrackerIntegration['kind'], config = {}): TrackerIntegration => ({
  id,
  kind,
  display_name: kind,
  config,
  created_at: '2026-01-01T00:00:00Z',
});
const integrations = [
  integration(1, 'github', { account: { name: 'acme' } }),
  integration(2, 'gitlab', { path_with_namespace: 'acme/mobile-app' }),
  integration(3, 'linear'),
  integration(4, 'jira'),
];
const values = (fields: Partial<LinkTicketValues>): LinkTicketValues => ({ ...initialValues(issue), ...fields });

describe('buildLinkRequest', () => {
  it('asks for the issue and the integration first', () => {
    expect(buildLinkRequest(values({ issue: null }), integrations)).toEqual({
      ok: false,
      errors: { issue: 'Choose the issue the ticket belongs to.', integrationId: 'Choose an integration.' },
    });
  });

  it('builds each kind’s config, the body field serving as Linear’s and Jira’s description', () => {
    const typed = { mode: 'create' as const, title: 'Crash', body: 'trace', repository: 'web', team_id: 't1' };
    const config = (integrationId: string) => {
      const result = buildLinkRequest(values({ ...typed, integrationId, project_key: 'OPS' }), integrations);
      return result.ok && result.request.mode === 'create' ? result.request.input.config : result;
    };
    expect(config('1')).toEqual({ repository: 'web', title: 'Crash', body: 'trace' });
    expect(config('2')).toEqual({ title: 'Crash', body: 'trace' });
    expect(config('3')).toEqual({ team_id: 't1', title: 'Crash', description: 'trace' });
    expect(config('4')).toEqual({ project_key: 'OPS', title: 'Crash', description: 'trace' });
  });

  it('maps the contract’s config errors to the fields they were typed in', () => {
    expect(buildLinkRequest(values({ integrationId: '4', title: '  ' }), integrations)).toEqual({
      ok: false,
      errors: { project_key: 'Project is required.', title: 'Title is required.' },
    });
  });

  it('links with the parsed context, reading the reference in the integration’s scope', () => {
    const linked = buildLinkRequest(
      values({ mode: 'link', integrationId: '1', reference: 'https://github.com/acme/web-app/issues/9' }),
      integrations,
    );
    expect(linked).toEqual({
      ok: true,
      request: {
        mode: 'link',
        input: { integration_id: 1, issue: issue.id, external_context: { repository: 'web-app', number: 9 } },
        ticketLabel: 'web-app#9',
      },
    });
    const otherProject = buildLinkRequest(
      values({ mode: 'link', integrationId: '2', reference: 'https://gitlab.com/acme/web/-/issues/3' }),
      integrations,
    );
    expect(otherProject).toEqual({
      ok: false,
      errors: { reference: 'That issue is in acme/web, but this integration holds the issues of acme/mobile-app.' },
    });
  });
});

describe('serverErrorTarget', () => {
  it.each([
    ['issue', 'issue'],
    ['integration_id', 'integrationId'],
    ['config__title', 'title'],
    ['config__description', 'body'],
    ['config__repository', 'repository'],
    ['config__team_id', 'team_id'],
    ['config__project_key', 'project_key'],
    ['external_context', 'reference'],
    ['external_context__number', 'reference'],
  ])('puts attr %s on the field %s', (attr, field) => {
    expect(serverErrorTarget(attr)).toEqual({ path: field, field });
  });

  it.each(['config', 'config__unknown'])('puts attr %s on the new ticket as a whole', (attr) => {
    expect(serverErrorTarget(attr)).toEqual({ path: 'root.config' });
  });

  it.each(['external_contextual', null])('leaves attr %s to the general error', (attr) => {
    expect(serverErrorTarget(attr)).toBeNull();
  });
});
