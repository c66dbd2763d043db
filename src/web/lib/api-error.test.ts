import { describe, expect, it } from 'vitest';
import { ApiError, describeError, refusesPersonalKeys, refusesProjectScopedKey } from './api-error';

const forbidden = (detail: string) =>
  new ApiError(403, { type: 'authentication_error', code: 'permission_denied', detail, attr: null });

describe('describeError', () => {
  it('explains an older PostHog that refuses personal API keys on an action, naming the newer version', () => {
    const error = forbidden('This action does not support Personal API Key access');
    expect(refusesPersonalKeys(error)).toBe(true);
    expect(describeError(error)).toBe(
      'This PostHog version does not let personal API keys do this; a newer PostHog allows it (or use PostHog’s own UI for it).',
    );
    expect(refusesPersonalKeys(forbidden("API key missing required scope 'error_tracking:write'"))).toBe(false);
  });

  it('says what a key limited to specific projects cannot do, instead of blaming scopes', () => {
    const error = forbidden('API keys with scoped projects are only supported on project-based endpoints.');
    expect(refusesProjectScopedKey(error)).toBe(true);
    const text = describeError(error);
    expect(text).toContain('limited to specific projects');
    expect(text).toContain('Listing environments and reading organization members and roles');
    expect(text).not.toMatch(/scope '/);
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
