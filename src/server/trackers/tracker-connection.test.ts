import { describe, expect, it } from 'vitest';
import type { TrackerKind } from '../../contract/integrations';
import type { StoredIntegration } from '../store/integrations-repository';
import { defaultBaseUrl, normalizeBaseUrl, trackerConnection } from './tracker-connection';
import { trackerTimeoutMs } from './tracker-fetch';

const integration = (kind: TrackerKind, config: Record<string, unknown>, apiBaseUrl: string | null = null) =>
  ({
    id: 4,
    kind,
    display_name: kind,
    config,
    created_at: '2026-01-01T00:00:00.000Z',
    teamId: 1,
    pickerData: null,
    apiBaseUrl,
    accessToken: 'tok',
  }) satisfies StoredIntegration;

describe('tracker connection', () => {
  it('defaults each tracker’s API base URL from its config', () => {
    expect(defaultBaseUrl('github', {})).toBe('https://api.github.com');
    expect(defaultBaseUrl('gitlab', {})).toBe('https://gitlab.com');
    expect(defaultBaseUrl('gitlab', { hostname: 'https://gitlab.example.com' })).toBe('https://gitlab.example.com');
    expect(defaultBaseUrl('gitlab', { hostname: 'gitlab.example.com' })).toBe('https://gitlab.example.com');
    expect(defaultBaseUrl('linear', {})).toBe('https://api.linear.app');
    expect(defaultBaseUrl('jira', { site_url: 'https://acme.atlassian.net/' })).toBe('https://acme.atlassian.net/');
    expect(defaultBaseUrl('jira', {})).toBe('');
  });

  it('prefers the operator’s base URL, without trailing slashes', () => {
    const conn = trackerConnection(integration('github', {}, 'https://ghe.example.com/api/v3/'));
    expect(conn).toEqual({
      kind: 'github',
      label: 'GitHub',
      integrationId: 4,
      config: {},
      baseUrl: 'https://ghe.example.com/api/v3',
      token: 'tok',
    });
    expect(trackerConnection(integration('jira', { site_url: 'https://acme.atlassian.net/' })).baseUrl).toBe(
      'https://acme.atlassian.net',
    );
  });

  it('accepts only http(s) base URLs without credentials, query or fragment', () => {
    expect(normalizeBaseUrl(' http://127.0.0.1:9000// ')).toBe('http://127.0.0.1:9000');
    for (const bad of [
      'ftp://x.example',
      'file:///etc/passwd',
      'https://user:pw@x.example',
      'https://x.example/?a=1',
      'x',
    ]) {
      expect(normalizeBaseUrl(bad)).toBeNull();
    }
    expect(() => trackerConnection(integration('jira', {}))).toThrow(
      'This Jira integration has no valid http(s) API address, so tickets cannot be created or searched with ' +
        'its token. Whoever runs this server sets one with its integrations command (--base-url).',
    );
  });

  it('waits 10 s for a tracker unless TRACKER_TIMEOUT_MS says otherwise', () => {
    expect(trackerTimeoutMs({})).toBe(10_000);
    expect(trackerTimeoutMs({ TRACKER_TIMEOUT_MS: '250' })).toBe(250);
    expect(trackerTimeoutMs({ TRACKER_TIMEOUT_MS: 'soon' })).toBe(10_000);
    expect(trackerTimeoutMs({ TRACKER_TIMEOUT_MS: '0' })).toBe(10_000);
  });
});
