import { readLimitedText } from '../http/body';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { isSameOriginWrite } from './same-origin';
import { constantTimeEqual, hasSession, issueSession } from './session';

const page = (message: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Triage Console</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; display: grid; place-items: center; min-height: 100vh; margin: 0; background: #f6f7f9; color: #1d2433; }
  @media (prefers-color-scheme: dark) { body { background: #14171f; color: #e6e9ef; } input { background: #1d2230; color: inherit; } }
  form { display: grid; gap: .75rem; width: min(22rem, 90vw); }
  input, button { font: inherit; padding: .5rem .75rem; border-radius: .375rem; border: 1px solid #8a93a6; }
  button { background: #3451b2; color: #fff; border-color: #3451b2; cursor: pointer; }
  [role=alert] { color: #c62828; margin: 0; }
</style></head>
<body><main><form method="post" action="/login">
  <h1>Triage Console</h1>
  <label for="token">Dashboard token</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
  ${message ? `<p role="alert">${message}</p>` : ''}
  <button type="submit">Sign in</button>
</form></main></body></html>`;

export function loginRoutes({
  dashboardToken,
  sessionSecret,
}: {
  dashboardToken: string | null;
  sessionSecret: string;
}) {
  const routes = new Hono<AppEnv>({ strict: false });
  routes.get('/login', (c) => {
    if (dashboardToken === null || hasSession(c, sessionSecret)) return c.redirect('/', 303);
    return c.html(page(''));
  });
  routes.post('/login', async (c) => {
    if (dashboardToken === null) return c.redirect('/', 303);
    if (!isSameOriginWrite(c)) return c.html(page('This sign-in did not come from this page.'), 403);
    // Limited like every other body: an over-limit form gets the 413 (readLimitedText throws the ApiError).
    const token = new URLSearchParams(await readLimitedText(c.req.raw)).get('token') ?? '';
    if (!constantTimeEqual(token, dashboardToken)) {
      await new Promise((resolve) => setTimeout(resolve, 500)); // slows guessing
      return c.html(page('That token is not correct.'), 401);
    }
    issueSession(c, sessionSecret);
    return c.redirect('/', 303);
  });
  return routes;
}
