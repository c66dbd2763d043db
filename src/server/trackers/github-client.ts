import { z } from 'zod';
import { problems } from '../http/api-error';
import type { TrackerClient } from './tracker-client';
import type { TrackerConnection } from './tracker-connection';
import { lenientArray, trackerFetch } from './tracker-fetch';

/** PostHog asks GitHub for 25 hits. */
const githubSearchPageSize = 25;

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

/** PostHog's convention is the bare name; a given `owner/repo` is used as is. */
function repoPath(conn: TrackerConnection, repository: string): string {
  const match = /^(?:([^/\s]+)\/)?([^/\s]+)$/.exec(repository.trim());
  if (!match) throw problems.validation('A repository is a name or owner/repo.', 'config__repository');
  const owner = match[1] ?? account(conn)?.name;
  if (!owner) throw noAccount();
  return `${owner}/${match[2]!}`;
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

const createdIssue = z.object({ number: z.number().int().positive() });
const searchHit = z.object({
  number: z.number().int().positive(),
  title: z.string().nullish(),
  html_url: z.string().nullish(),
  repository_url: z.string().nullish(),
  pull_request: z.unknown().optional(),
});

export const githubClient: TrackerClient<'github'> = {
  async createTicket(conn, config) {
    const path = repoPath(conn, config.repository);
    const issue = await trackerFetch(conn, {
      method: 'POST',
      path: `/repos/${encodePath(path)}/issues`,
      headers: headers(conn),
      body: { title: config.title, body: config.body },
      notFound: `repository ${path}`,
      answer: createdIssue,
    });
    // Stored as given, as PostHog does: `owner/repo` then makes the broken link PostHog makes.
    return { repository: config.repository.trim(), number: issue.number };
  },

  /** PostHog's search: one repository of the account, the text as an exact phrase in titles, issues only. */
  async searchTickets(conn, term, repository = '') {
    const owner = account(conn);
    if (!owner) throw noAccount();
    const path = `${owner.name}/${repository}`;
    const phrase = term.replaceAll('\\', ' ').replaceAll('"', ' ').trim();
    const q = phrase ? `repo:${path} "${phrase}" in:title type:issue` : `repo:${path} type:issue`;
    const found = await trackerFetch(conn, {
      method: 'GET',
      path: `/search/issues?${new URLSearchParams({ q, per_page: String(githubSearchPageSize) })}`,
      headers: headers(conn),
      notFound: `repository ${path}`,
      answer: z.object({ items: lenientArray(searchHit) }),
    });
    // Pull requests are not linkable, and search operators in the text can reach other repositories.
    const own = found.items.filter(
      (hit) => !hit.pull_request && (hit.repository_url ?? '').toLowerCase().endsWith(`/repos/${path.toLowerCase()}`),
    );
    return own.map((hit) => ({
      id: String(hit.number),
      title: hit.title || `#${hit.number}`,
      url: hit.html_url ?? '',
      external_context: { repository, number: hit.number },
    }));
  },
};
