import { ticketContextSchemas, type TicketContext } from '../../../../../contract/external-references';
import type { TrackerKind } from './tracker-kinds';

/** What the integration's config says about where its tickets live, when it says it. */
export type ReferenceScope = {
  /** The GitHub account of the integration: its repositories are named by their bare name, as PostHog stores them. */
  githubAccount?: string;
  /** The one GitLab project (`path_with_namespace`) the integration is bound to. */
  gitlabProject?: string;
  /** The GitLab instance the project lives on (its `hostname`, e.g. `https://gitlab.com`). */
  gitlabHost?: string;
  /** The Jira site (`site_url`): PostHog builds every ticket's link on it from the key alone. */
  jiraSite?: string;
};

export type ParsedReference<K extends TrackerKind = TrackerKind> =
  { ok: true; context: TicketContext<K> } | { ok: false; error: string };

/** How a ticket of each tracker can be typed; the hint under the field and every error name it. */
export const referenceFormats: Record<TrackerKind, string> = {
  github: 'repo#123, owner/repo#123 or a github.com issue URL',
  gitlab: 'an issue number such as 42, or the issue URL',
  linear: 'an id such as ENG-42, or the issue URL',
  jira: 'a key such as PROJ-7, or the issue URL',
};

type Parser = (text: string, scope: ReferenceScope) => Record<string, unknown> | string | null;

const idPattern = /^[A-Za-z][A-Za-z0-9]*-\d+$/;
const jiraKeyPattern = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;

function httpUrl(text: string): URL | null {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

const sameName = (a: string, b: string | undefined) => b !== undefined && a.toLowerCase() === b.trim().toLowerCase();

/** The host of a configured site (`https://acme.atlassian.net`, or a bare `acme.atlassian.net`); null if unreadable. */
function siteHost(site: string | undefined): string | null {
  if (site === undefined || site.trim() === '') return null;
  const text = site.trim();
  return httpUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)?.hostname.toLowerCase() ?? null;
}

/**
 * A URL on another host than the integration's site names another site's ticket: its key or number alone would be
 * linked to the site's ticket of that key, a different one.
 */
function foreignHost(url: URL, site: string | undefined, siteName: string, ticketId: string): string | null {
  const host = siteHost(site);
  if (host === null || url.hostname.toLowerCase() === host) return null;
  return (
    `That link is on ${url.hostname}, but this integration’s ${siteName} is ${host}: ` +
    `paste the link of a ticket on ${host}, or type its ${ticketId}.`
  );
}

const parsers: Record<TrackerKind, Parser> = {
  github: (text, { githubAccount }) => {
    const url = httpUrl(text);
    const match = url
      ? /^(?:www\.)?github\.com$/i.test(url.hostname)
        ? /^\/([\w.-]+)\/([\w.-]+)\/issues\/(\d+)\/?$/.exec(url.pathname)
        : null
      : /^(?:([\w.-]+)\/)?([\w.-]+)#(\d+)$/.exec(text);
    if (!match) return null;
    const [, owner, repo = '', number = ''] = match;
    // PostHog stores the bare name and puts the integration's account in front of it when it builds the link, so a
    // ticket of another account cannot be linked (it refuses `owner/repo`).
    if (owner !== undefined && !sameName(owner, githubAccount)) {
      return githubAccount
        ? `That issue is in ${owner}/${repo}, but PostHog links only tickets in the repositories of ${githubAccount}.`
        : `Type the repository without its owner (${repo}#${number}): PostHog links tickets in the integration’s own account only.`;
    }
    return { repository: repo, number: Number(number) };
  },
  gitlab: (text, { gitlabProject, gitlabHost }) => {
    const url = httpUrl(text);
    if (!url) {
      const match = /^#?(\d+)$/.exec(text);
      return match ? { issue_id: Number(match[1]) } : null;
    }
    const match = /^\/(.+?)\/(?:-\/)?issues\/(\d+)\/?$/.exec(url.pathname);
    if (!match) return null;
    const foreign = foreignHost(url, gitlabHost, 'GitLab instance', 'number');
    if (foreign) return foreign;
    const project = decodeURIComponent(match[1]!);
    if (gitlabProject && !sameName(project, gitlabProject)) {
      return `That issue is in ${project}, but this integration holds the issues of ${gitlabProject}.`;
    }
    return { issue_id: Number(match[2]) };
  },
  linear: (text) => {
    const url = httpUrl(text);
    const id = url
      ? /^(?:www\.)?linear\.app$/i.test(url.hostname)
        ? /^\/[^/]+\/issue\/([^/]+)(?:\/[^/]*)?\/?$/.exec(url.pathname)?.[1]
        : undefined
      : text;
    return id !== undefined && idPattern.test(id) ? { id: id.toUpperCase() } : null;
  },
  jira: (text, { jiraSite }) => {
    const url = httpUrl(text);
    const foreign = url ? foreignHost(url, jiraSite, 'Jira site', 'key') : null;
    if (foreign) return foreign;
    const key = url
      ? (/^\/browse\/([^/]+)\/?$/.exec(url.pathname)?.[1] ?? url.searchParams.get('selectedIssue') ?? undefined)
      : text;
    return key !== undefined && jiraKeyPattern.test(key) ? { key: key.toUpperCase() } : null;
  },
};

/**
 * Reads a ticket typed the way its tracker names it (or its URL) into the `external_context` that
 * `POST …/external_references/` takes, checked against the contract's schema; otherwise says what was expected.
 */
export function parseTicketReference<K extends TrackerKind>(
  kind: K,
  input: string,
  scope: ReferenceScope = {},
): ParsedReference<K> {
  const text = input.trim();
  if (text === '') return { ok: false, error: `Enter the ticket: ${referenceFormats[kind]}.` };
  const parsed = parsers[kind](text, scope);
  if (typeof parsed === 'string') return { ok: false, error: parsed };
  if (parsed === null) return { ok: false, error: `Expected ${referenceFormats[kind]}.` };
  const checked = ticketContextSchemas[kind].safeParse(parsed);
  if (!checked.success) {
    return { ok: false, error: checked.error.issues[0]?.message ?? `Expected ${referenceFormats[kind]}.` };
  }
  return { ok: true, context: checked.data as TicketContext<K> };
}
