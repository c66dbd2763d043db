import { z } from 'zod';
import { problems } from '../http/api-error';
import { searchPageSize, type TrackerClient } from './tracker-client';
import type { TrackerConnection } from './tracker-connection';
import { lenientArray, trackerFetch } from './tracker-fetch';

const headers = (conn: TrackerConnection) => ({
  Authorization: `Bearer ${conn.token}`,
  Accept: 'application/vnd.github+json',
  'X-GitHub-Api-Version': '2022-11-28',
});

type Account = { name: string; type: string };

function account(conn: TrackerConnection): Account | null {
  const value = conn.config.account as { name?: unknown; type?: unknown } | undefined;
  const name = typeof value?.name === 'string' ? value.name.trim() : '';
  return name === '' ? null : { name, type: typeof value?.type === 'string' ? value.type : '' };
}

const noAccount = () =>
  problems.validation(
    'This GitHub integration has no account name in its config; name the repository as owner/repo.',
    null,
  );

/**
 * The context names a repository of the integration's account by its bare name (as links from the picker do),
 * and any other repository as `owner/repo`, so the same ticket always has the same context.
 */
function contextRepository(conn: TrackerConnection, owner: string, repo: string): string {
  return owner.toLowerCase() === account(conn)?.name.toLowerCase() ? repo : `${owner}/${repo}`;
}

function ownerAndRepo(conn: TrackerConnection, repository: string): { owner: string; repo: string } {
  const match = /^(?:([^/\s]+)\/)?([^/\s]+)$/.exec(repository.trim());
  if (!match) throw problems.validation('A repository is a name or owner/repo.', 'config__repository');
  const owner = match[1] ?? account(conn)?.name;
  if (!owner) throw noAccount();
  return { owner, repo: match[2]! };
}

const createdIssue = z.object({ number: z.number().int().positive() });
const searchHit = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  html_url: z.string().optional(),
  repository_url: z.string().regex(/\/repos\/[^/]+\/[^/]+$/),
});

export const githubClient: TrackerClient<'github'> = {
  async createTicket(conn, config) {
    const { owner, repo } = ownerAndRepo(conn, config.repository);
    const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
    const issue = await trackerFetch(conn, {
      method: 'POST',
      path,
      headers: headers(conn),
      body: { title: config.title, body: config.body },
      notFound: `repository ${owner}/${repo}`,
      answer: createdIssue,
    });
    return { repository: contextRepository(conn, owner, repo), number: issue.number };
  },

  async searchTickets(conn, term) {
    const owner = account(conn);
    if (!owner) throw noAccount();
    const qualifier = owner.type === 'User' ? 'user' : 'org';
    const q = [term, `${qualifier}:${owner.name}`, 'is:issue'].filter((part) => part !== '').join(' ');
    const found = await trackerFetch(conn, {
      method: 'GET',
      path: `/search/issues?${new URLSearchParams({ q, per_page: String(searchPageSize) })}`,
      headers: headers(conn),
      notFound: `account ${owner.name}`,
      answer: z.object({ items: lenientArray(searchHit) }),
    });
    return found.items.map((hit) => {
      const [repoOwner, repo] = hit.repository_url.split('/').slice(-2) as [string, string];
      const repository = contextRepository(conn, repoOwner, repo);
      return {
        id: `${repository}#${hit.number}`,
        title: hit.title,
        url: hit.html_url,
        external_context: { repository, number: hit.number },
      };
    });
  },
};
