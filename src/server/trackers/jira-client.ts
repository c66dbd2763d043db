import { z } from 'zod';
import { searchPageSize, type TrackerClient } from './tracker-client';
import type { TrackerConnection } from './tracker-connection';
import { lenientArray, trackerFetch } from './tracker-fetch';

const headers = (conn: TrackerConnection) => ({ Authorization: `Bearer ${conn.token}`, Accept: 'application/json' });

export function adfDocument(text: string) {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.split(/\r?\n/).filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((lines) => ({
      type: 'paragraph',
      content: lines.flatMap((line, index) => [
        ...(index > 0 ? [{ type: 'hardBreak' }] : []),
        { type: 'text', text: line },
      ]),
    })),
  };
}

/** Quotes and backslashes could inject JQL, and Lucene's operators make Jira answer 400: all become spaces. */
export function jqlTextSearch(term: string): string {
  const words = term
    .replace(/[+\-&|!(){}[\]^~*?\\:"'/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' ? 'order by created DESC' : `text ~ "${words}" order by created DESC`;
}

const createdIssue = z.object({ key: z.string() });
const searchHit = z.object({ key: z.string(), fields: z.object({ summary: z.string() }) });

export const jiraClient: TrackerClient<'jira'> = {
  async createTicket(conn, config) {
    const created = await trackerFetch(conn, {
      method: 'POST',
      path: '/rest/api/3/issue',
      headers: headers(conn),
      body: {
        fields: {
          project: { key: config.project_key },
          summary: config.title,
          description: adfDocument(config.description),
          issuetype: { name: 'Bug' },
        },
      },
      notFound: `project ${config.project_key}`,
      answer: createdIssue,
    });
    return { key: created.key };
  },

  async searchTickets(conn, term) {
    const query = new URLSearchParams({
      jql: jqlTextSearch(term),
      fields: 'summary',
      maxResults: String(searchPageSize),
    });
    const found = await trackerFetch(conn, {
      method: 'GET',
      path: `/rest/api/3/search/jql?${query}`,
      headers: headers(conn),
      notFound: 'search API (/rest/api/3/search/jql)',
      answer: z.object({ issues: lenientArray(searchHit) }),
    });
    return found.issues.map((hit) => ({ id: hit.key, title: hit.fields.summary, external_context: { key: hit.key } }));
  },
};
