import { describe, expect, it } from 'vitest';
import { bareRepositoryName, isAccountRepository } from './github-repository-name';

describe('bareRepositoryName', () => {
  it.each([
    ['web-app', 'acme', 'web-app'],
    ['  acme/web-app ', 'acme', 'web-app'],
    ['ACME/api', 'acme', 'api'],
    ['my.repo_2', undefined, 'my.repo_2'],
  ])('reads %s (account %s) as %s', (text, account, name) => {
    expect(bareRepositoryName(text, account)).toBe(name);
  });

  it.each([
    ['octo/lib', 'acme'],
    ['octo/lib', undefined],
    ['a/b/c', 'a'],
    ['..', 'acme'],
    ['acme/.', 'acme'],
    ['web app', 'acme'],
    ['', 'acme'],
  ])('refuses %s (account %s): PostHog would store a broken link or refuse it', (text, account) => {
    expect(bareRepositoryName(text, account)).toBeNull();
  });
});

describe('isAccountRepository', () => {
  const repo = (full_name: string) => ({ id: 1, name: full_name.split('/')[1]!, full_name });
  it('keeps the account’s repositories, ignoring case, and all of them when the account is unknown', () => {
    expect(isAccountRepository(repo('Acme/web'), 'acme')).toBe(true);
    expect(isAccountRepository(repo('octo/lib'), 'acme')).toBe(false);
    expect(isAccountRepository(repo('octo/lib'), undefined)).toBe(true);
  });
});
