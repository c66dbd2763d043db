import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUpstream, UpstreamConfigError } from './upstream-config';

const read = (env: NodeJS.ProcessEnv, flags: Record<string, string> = {}) => readUpstream({ env, flags });

describe('readUpstream', () => {
  it('is local mode without a PostHog host', () => {
    expect(read({ POSTHOG_PERSONAL_API_KEY: 'phx_x' })).toBeNull();
  });

  it('reads host, key and default environment from the environment or flags', () => {
    expect(
      read({
        POSTHOG_HOST: 'https://eu.posthog.com/',
        POSTHOG_PERSONAL_API_KEY: ' phx_abc \n',
        POSTHOG_ENVIRONMENT_ID: '7',
      }),
    ).toEqual({
      origin: 'https://eu.posthog.com',
      key: 'phx_abc',
      environmentId: 7,
      timeoutMs: 30_000,
    });
    const flagged = read({ POSTHOG_PERSONAL_API_KEY: 'phx_abc' }, { 'posthog-host': 'https://us.posthog.com' });
    expect(flagged?.origin).toBe('https://us.posthog.com');
  });

  it('reads the key from a file so it stays out of shell history', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tc-key-')), 'key');
    writeFileSync(file, 'phx_from_file\n');
    expect(read({ POSTHOG_HOST: 'https://us.posthog.com', POSTHOG_PERSONAL_API_KEY_FILE: file })?.key).toBe(
      'phx_from_file',
    );
  });

  it.each([
    [{ POSTHOG_HOST: 'us.posthog.com', POSTHOG_PERSONAL_API_KEY: 'k' }, /must be a URL/],
    [{ POSTHOG_HOST: 'ftp://x.example', POSTHOG_PERSONAL_API_KEY: 'k' }, /http\(s\)/],
    [{ POSTHOG_HOST: 'https://x.example/api', POSTHOG_PERSONAL_API_KEY: 'k' }, /origin only/],
    [{ POSTHOG_HOST: 'https://user:pw@x.example', POSTHOG_PERSONAL_API_KEY: 'k' }, /origin only/],
    [{ POSTHOG_HOST: 'https://x.example' }, /no personal API key/],
    [{ POSTHOG_HOST: 'https://x.example', POSTHOG_PERSONAL_API_KEY_FILE: '/nonexistent/key' }, /Cannot read/],
    [
      { POSTHOG_HOST: 'https://x.example', POSTHOG_PERSONAL_API_KEY: 'k', POSTHOG_ENVIRONMENT_ID: 'web' },
      /must be a number/,
    ],
  ])('refuses %j', (env, message) => {
    expect(() => read(env)).toThrow(UpstreamConfigError);
    expect(() => read(env)).toThrow(message);
  });
});
