/**
 * Where PostHog takes events: Cloud's app hosts (`us.posthog.com`, `eu.posthog.com`) serve the private API, and
 * capture lives at `us.i.posthog.com` / `eu.i.posthog.com` (posthog-js maps the legacy `app.posthog.com` to US);
 * a self-hosted instance takes both at one origin.
 */
export function postHogIngestionHost(appHost: string): string {
  const host = appHost.trim().replace(/\/+$/, '');
  if (/^https:\/\/app\.posthog\.com$/i.test(host)) return 'https://us.i.posthog.com';
  const cloud = /^https:\/\/(us|eu)\.posthog\.com$/i.exec(host);
  return cloud ? `https://${cloud[1]!.toLowerCase()}.i.posthog.com` : host;
}
