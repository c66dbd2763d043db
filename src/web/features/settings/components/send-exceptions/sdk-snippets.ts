/** A JavaScript string literal in the snippets' quote style. */
const quoted = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** posthog-js: `init(token, config)` with `api_host`, then `captureException(error, additionalProperties?)`. */
export const posthogJsSnippet = (token: string, host: string) =>
  [
    "import posthog from 'posthog-js'",
    '',
    `posthog.init(${quoted(token)}, { api_host: ${quoted(host)} })`,
    '',
    '// where an error is caught:',
    'posthog.captureException(error)',
  ].join('\n');

/** posthog-node: `new PostHog(apiKey, { host })`, `captureException(error, distinctId?, …)`, `shutdown()` to flush. */
export const posthogNodeSnippet = (token: string, host: string) =>
  [
    "import { PostHog } from 'posthog-node'",
    '',
    `const client = new PostHog(${quoted(token)}, { host: ${quoted(host)} })`,
    '',
    '// where an error is caught (distinctId: whoever it happened to):',
    'client.captureException(error, distinctId)',
    '',
    '// before the process exits, so queued exceptions are sent:',
    'await client.shutdown()',
  ].join('\n');

export const sendExceptionCommand = (envId: number) => `npm run send-exception -- --env ${envId}`;
