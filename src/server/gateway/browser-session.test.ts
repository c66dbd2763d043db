import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../store/database';
import { seedProjects } from '../test-support';

const distDir = mkdtempSync(join(tmpdir(), 'tc-dist-'));
mkdirSync(join(distDir, 'assets'));
writeFileSync(join(distDir, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(distDir, 'assets', 'app-abc123.js'), 'console.log(1)');
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

function makeApp(dashboardToken: string | null = null) {
  const db = openDatabase(':memory:');
  seedProjects(db);
  return createApp({ db, dashboardToken, distDir });
}

const cookieOf = (response: Response) => /tc_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
const rulesPath = '/api/projects/1/error_tracking/suppression_rules/';

describe('browser session (no DASHBOARD_TOKEN)', () => {
  it('serving the app issues an HttpOnly, SameSite=Strict session cookie', async () => {
    const response = await makeApp().request('/env/1/issues');
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/tc_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(await response.text()).toContain('<div id="root">');
  });

  it('the cookie reads the API; without it the API answers 401', async () => {
    const app = makeApp();
    const session = cookieOf(await app.request('/'));
    expect((await app.request(rulesPath, { headers: { Cookie: `tc_session=${session}` } })).status).toBe(200);
    expect((await app.request(rulesPath, { headers: { Cookie: 'tc_session=forged' } })).status).toBe(401);
  });

  it('refuses cross-site writes and accepts same-origin ones', async () => {
    const app = makeApp();
    const cookie = `tc_session=${cookieOf(await app.request('/'))}`;
    const write = (headers: Record<string, string>) =>
      app.request(rulesPath, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
        body: '{}',
      });
    const crossSite = await write({ 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { code: string }).code).toBe('permission_denied');
    expect((await write({ Origin: 'https://evil.example' })).status).toBe(403);
    expect((await write({})).status).toBe(403);
    const sameOrigin = await write({ 'Sec-Fetch-Site': 'same-origin', Origin: 'http://localhost' });
    expect(sameOrigin.status).toBe(201);
  });

  it('refuses a non-loopback Host (DNS rebinding)', async () => {
    const response = await makeApp().request('http://rebound.example/');
    expect(response.status).toBe(403);
  });

  it('serves security headers and immutable hashed assets', async () => {
    const app = makeApp();
    const page = await app.request('/');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const missing = await app.request('/assets/app-gone.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
  });

  it('an unknown /api path is a contract-shaped 404', async () => {
    const app = makeApp();
    const cookie = `tc_session=${cookieOf(await app.request('/'))}`;
    const response = await app.request('/api/nothing/here/', { headers: { Cookie: cookie } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Not found.',
      attr: null,
    });
  });
});

describe('DASHBOARD_TOKEN', () => {
  const token = 'a-long-dashboard-token-123';
  const login = (
    app: ReturnType<typeof makeApp>,
    value: string,
    headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' },
  ) =>
    app.request('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ token: value }).toString(),
    });

  it('sends the app to the login page and issues no cookie before login', async () => {
    const app = makeApp(token);
    const response = await app.request('/env/1/issues');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login');
    expect(response.headers.get('set-cookie')).toBeNull();
    const page = await app.request('/login');
    expect(await page.text()).toContain('Dashboard token');
  });

  it('a wrong token is refused; the right one gives a working session', async () => {
    const app = makeApp(token);
    const wrong = await login(app, 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const right = await login(app, token);
    expect(right.status).toBe(303);
    const cookie = `tc_session=${cookieOf(right)}`;
    expect((await app.request(rulesPath, { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await app.request('/', { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('answers an over-limit sign-in form with the contract’s 413 and no cookie', async () => {
    const response = await login(makeApp(token), 'x'.repeat(2 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toMatchObject({ type: 'invalid_request', attr: null });
  });

  it('refuses a cross-site login', async () => {
    const response = await login(makeApp(token), token, { 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('allows any Host, since the token guards access', async () => {
    const response = await makeApp(token).request('http://triage.internal.example/login');
    expect(response.status).toBe(200);
  });
});
