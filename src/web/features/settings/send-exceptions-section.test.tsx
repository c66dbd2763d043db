import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { openPage } from '../../test/open-page';
import { errorAnswer, startTestApi, type TestApi } from '../../test/start-test-api';

const localHeading = 'Send exceptions here';
const section = (name = localHeading) => screen.findByRole('region', { name });
const snippet = (area: HTMLElement, name: string) => within(area).getByRole('group', { name }).querySelector('pre')!;

/** What the server answers as the environment's project token (PostHog's `api_token`). */
async function tokenOf(api: TestApi, envId: number): Promise<string> {
  const { json } = await api.call('GET', `/api/projects/${envId}/`);
  const token = (json as { api_token?: unknown }).api_token;
  if (typeof token !== 'string') throw new Error(`environment ${envId} has no api_token`);
  return token;
}

const connectedTo = (api: TestApi, host: string) =>
  api.answerEvery('GET /api/console/backend/', {
    status: 200,
    body: { mode: 'connected', host, default_environment_id: 1 },
  });

beforeEach(() => resetThrottle());
vi.setConfig({ testTimeout: 20_000 });

describe('Settings: send exceptions (local server)', () => {
  it('shows the environment’s project token, this origin as host, and both SDKs’ calls filled in', async () => {
    const api = startTestApi();
    const token = await tokenOf(api, 1);
    expect(token).toMatch(/^phc_[0-9a-f]{43}$/);
    await openPage('/env/1/settings');
    const area = await section();

    const field = await within(area).findByRole('textbox', { name: 'Project token' });
    expect(field).toHaveValue(token);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveAccessibleDescription(/lets an SDK send events to this environment and read nothing/);
    expect(within(area).getByRole('textbox', { name: 'Host' })).toHaveValue(window.location.origin);
    expect(area).toHaveTextContent('For Web app (environment 1).');

    const host = window.location.origin;
    expect(snippet(area, 'Browser: posthog-js').textContent).toBe(
      [
        "import posthog from 'posthog-js'",
        '',
        `posthog.init('${token}', { api_host: '${host}' })`,
        '',
        '// where an error is caught:',
        'posthog.captureException(error)',
      ].join('\n'),
    );
    const node = snippet(area, 'Node: posthog-node').textContent;
    expect(node).toContain(`const client = new PostHog('${token}', { host: '${host}' })`);
    expect(node).toContain('client.captureException(error, distinctId)');
    expect(node).toContain('await client.shutdown()');
    expect(snippet(area, 'From a terminal').textContent).toBe('npm run send-exception -- --env 1');
  });

  it('copies the token, the host and each snippet with one click each', async () => {
    const api = startTestApi();
    const token = await tokenOf(api, 1);
    const { user } = await openPage('/env/1/settings');
    const area = await section();
    await within(area).findByRole('textbox', { name: 'Project token' });
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(within(area).getByRole('button', { name: 'Copy project token' }));
    expect(writeText).toHaveBeenLastCalledWith(token);
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    await user.click(within(area).getByRole('button', { name: 'Copy host' }));
    expect(writeText).toHaveBeenLastCalledWith(window.location.origin);
    await user.click(within(area).getByRole('button', { name: 'Copy posthog-node code' }));
    expect(writeText).toHaveBeenLastCalledWith(snippet(area, 'Node: posthog-node').textContent);
    await user.click(within(area).getByRole('button', { name: 'Copy posthog-js code' }));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining(`posthog.init('${token}'`));
    await user.click(within(area).getByRole('button', { name: 'Copy command' }));
    expect(writeText).toHaveBeenLastCalledWith('npm run send-exception -- --env 1');
  });

  it('shows the current environment’s own token: Mobile’s on Mobile', async () => {
    const api = startTestApi();
    const [web, mobile] = [await tokenOf(api, 1), await tokenOf(api, 2)];
    expect(mobile).not.toBe(web);
    await openPage('/env/2/settings');
    const area = await section();
    expect(await within(area).findByRole('textbox', { name: 'Project token' })).toHaveValue(mobile);
    expect(area).toHaveTextContent('For Mobile (environment 2).');
    expect(area).not.toHaveTextContent(web);
    expect(snippet(area, 'From a terminal').textContent).toBe('npm run send-exception -- --env 2');
  });

  it('says it is loading, then why the token could not be read, and reads it again on Retry', async () => {
    const api = startTestApi();
    const token = await tokenOf(api, 1);
    const held = api.hold('GET /api/projects/1/');
    const { user } = await openPage('/env/1/settings');
    const area = await section();
    expect(await within(area).findByText('Loading the project token…')).toBeInTheDocument();
    held.release(errorAnswer(403, 'You do not have permission to perform this action.'));

    const alert = await within(area).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the project token.');
    expect(alert).toHaveTextContent('You do not have permission to perform this action.');
    expect(within(area).queryByRole('textbox', { name: 'Project token' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    held.release('forward');
    expect(await within(area).findByRole('textbox', { name: 'Project token' })).toHaveValue(token);
  });

  it('says so when the server sends no token, and offers no snippet with a blank one', async () => {
    const api = startTestApi();
    api.editNext('GET /api/projects/1/', (json) => ({ ...(json as object), api_token: undefined }));
    await openPage('/env/1/settings');
    const area = await section();
    expect(await within(area).findByText('Web app has no project token yet.')).toBeInTheDocument();
    expect(within(area).queryByRole('group')).toBeNull();
    expect(within(area).queryByRole('textbox')).toBeNull();
  });
});

describe('Settings: send exceptions (connected to PostHog)', () => {
  it('says exceptions go to PostHog, with PostHog’s token and its ingestion host, and no local command', async () => {
    const api = startTestApi();
    connectedTo(api, 'https://eu.posthog.com');
    const token = await tokenOf(api, 1);
    await openPage('/env/1/settings');
    const area = await section('Send exceptions to PostHog');
    expect(area).toHaveTextContent('exceptions go to PostHog itself, not to this server');
    expect(await within(area).findByRole('textbox', { name: 'Project token' })).toHaveValue(token);
    expect(within(area).getByRole('textbox', { name: 'Host' })).toHaveValue('https://eu.i.posthog.com');
    expect(snippet(area, 'Node: posthog-node').textContent).toContain(
      `new PostHog('${token}', { host: 'https://eu.i.posthog.com' })`,
    );
    expect(within(area).queryByRole('group', { name: 'From a terminal' })).toBeNull();
    expect(area).not.toHaveTextContent('send-exception');
  });

  it('a self-hosted PostHog ingests at its own origin', async () => {
    const api = startTestApi();
    connectedTo(api, 'https://posthog.example.com');
    await openPage('/env/1/settings');
    const area = await section('Send exceptions to PostHog');
    expect(await within(area).findByRole('textbox', { name: 'Host' })).toHaveValue('https://posthog.example.com');
  });

  it('says where to find the token when PostHog’s answer has none', async () => {
    const api = startTestApi();
    connectedTo(api, 'https://us.posthog.com');
    api.editNext('GET /api/projects/1/', (json) => ({ ...(json as object), api_token: undefined }));
    await openPage('/env/1/settings');
    const area = await section('Send exceptions to PostHog');
    expect(await within(area).findByText('PostHog did not send Web app’s project token.')).toBeInTheDocument();
    expect(area).toHaveTextContent('Project settings → Project token');
    expect(within(area).queryByRole('textbox')).toBeNull();
  });
});
