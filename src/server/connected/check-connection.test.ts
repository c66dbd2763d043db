import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestServer } from '../test-support';
import { checkConnection } from './check-connection';

const origin = 'http://127.0.0.1:8999';
let posthog: ReturnType<typeof makeTestServer>;
const asked: string[] = [];

beforeEach(() => {
  posthog = makeTestServer();
  asked.length = 0;
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    asked.push(new URL(url).pathname);
    return posthog.app.request(url, init);
  });
});
afterEach(() => vi.unstubAllGlobals());

const check = (key: string, environmentId: number | null = null) =>
  checkConnection({ origin, key, environmentId, timeoutMs: 2000 });

describe('startup check with a key limited to some projects', () => {
  it('names its projects without asking for the list PostHog refuses it, and says what needs a wider key', async () => {
    const summary = await check(posthog.createKey(['*'], [2]));
    expect(summary).toContain('environments: 2 "Mobile" (the key is limited to these projects)');
    expect(summary).toMatch(/list neither environments nor organization members and roles/);
    expect(summary).toContain("opens environment 2 (the key's only project)");
    expect(summary).not.toContain('unknown');
    expect(asked).not.toContain('/api/projects/');
  });

  it('keeps a project whose name cannot be read as its id, and opens nothing by itself with several', async () => {
    const summary = await check(posthog.createKey(['error_tracking:read'], [1, 2]));
    expect(summary).toContain('environments: 1, 2 (the key is limited to these projects)');
    expect(summary).not.toContain('opens environment');
  });

  it('warns when POSTHOG_ENVIRONMENT_ID is outside the key’s projects', async () => {
    const summary = await check(posthog.createKey(['*'], [2]), 1);
    expect(summary).toContain("POSTHOG_ENVIRONMENT_ID 1 is not one of this key's projects");
  });
});

describe('startup check with an organization-wide key', () => {
  it('lists the environments and names the configured one', async () => {
    const summary = await check(posthog.key, 2);
    expect(summary).toContain('environments: 1 "Web app", 2 "Mobile"');
    expect(summary).toContain('opens environment 2 (POSTHOG_ENVIRONMENT_ID)');
    expect(summary).not.toContain('limited');
  });
});
