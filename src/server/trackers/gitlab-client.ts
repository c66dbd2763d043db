import { z } from 'zod';
import { requiredConfigValue, searchPageSize, type TrackerClient } from './tracker-client';
import type { TrackerConnection } from './tracker-connection';
import { lenientArray, trackerFetch } from './tracker-fetch';

const headers = (conn: TrackerConnection) => ({ 'PRIVATE-TOKEN': conn.token, Accept: 'application/json' });

function issuesOf(conn: TrackerConnection) {
  const projectId = requiredConfigValue(conn, 'project_id');
  const name = typeof conn.config.path_with_namespace === 'string' ? conn.config.path_with_namespace : projectId;
  return { path: `/api/v4/projects/${encodeURIComponent(projectId)}/issues`, notFound: `project ${name}` };
}

const issue = z.object({ iid: z.number().int().positive(), title: z.string(), web_url: z.string().optional() });

export const gitlabClient: TrackerClient<'gitlab'> = {
  async createTicket(conn, config) {
    const created = await trackerFetch(conn, {
      method: 'POST',
      ...issuesOf(conn),
      headers: headers(conn),
      body: { title: config.title, description: config.body },
      answer: issue.pick({ iid: true }),
    });
    return { issue_id: created.iid };
  },

  async searchTickets(conn, term) {
    const { path, notFound } = issuesOf(conn);
    const query = new URLSearchParams({ per_page: String(searchPageSize) });
    if (term !== '') query.set('search', term);
    const found = await trackerFetch(conn, {
      method: 'GET',
      path: `${path}?${query}`,
      notFound,
      headers: headers(conn),
      answer: lenientArray(issue),
    });
    return found.map((hit) => ({
      id: `#${hit.iid}`,
      title: hit.title,
      url: hit.web_url,
      external_context: { issue_id: hit.iid },
    }));
  },
};
