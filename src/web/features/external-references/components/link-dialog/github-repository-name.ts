import type { GithubRepo } from '../../../../../contract/integrations';

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const namePattern = /^(?:([\w.-]+)\/)?([\w.-]+)$/;

/** Whether PostHog can hold this repository's tickets: it is the integration's account's (or the account is unknown). */
export function isAccountRepository(repo: GithubRepo, account: string | undefined): boolean {
  const owner = repo.full_name.split('/')[0] ?? '';
  return account === undefined || sameName(owner, account);
}

/**
 * A typed repository as PostHog takes it: the bare name, from `name` or `<account>/name`; null for another owner's
 * repository or text that is no repository name (`.`/`..` included, which PostHog refuses as path segments).
 */
export function bareRepositoryName(text: string, account: string | undefined): string | null {
  const match = namePattern.exec(text.trim());
  if (!match) return null;
  const [, owner, name = ''] = match;
  if (/^\.+$/.test(name)) return null;
  if (owner !== undefined && (account === undefined || !sameName(owner, account))) return null;
  return name;
}
