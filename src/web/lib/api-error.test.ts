import { describe, expect, it } from 'vitest';
import { ApiError, describeError } from './api-error';

const forbidden = (detail: string) =>
  new ApiError(403, { type: 'authentication_error', code: 'permission_denied', detail, attr: null });

describe('describeError', () => {
  it('explains an older PostHog that refuses personal API keys on a resource', () => {
    const text = describeError(forbidden('This action does not support Personal API Key access'));
    expect(text).toMatch(/^This action does not support Personal API Key access\. /);
    expect(text).toContain('upgrade PostHog');
  });

  it('names the scope a key is missing and where to add it', () => {
    expect(describeError(forbidden("API key missing required scope 'error_tracking:write'"))).toBe(
      "API key missing required scope 'error_tracking:write'. Give the key the error_tracking:write scope in PostHog (Settings → Personal API keys), or use another key.",
    );
  });

  it('keeps other errors in the server’s own words', () => {
    const error = new ApiError(400, {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'Bad filter.',
      attr: 'filters',
    });
    expect(describeError(error)).toBe('Bad filter.');
    expect(describeError(forbidden("You don't have access to the project."))).toBe(
      "You don't have access to the project.",
    );
  });
});
