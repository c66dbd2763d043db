import { z } from 'zod';
import { searchPageSize, type TrackerClient } from './tracker-client';
import type { TrackerConnection } from './tracker-connection';
import { lenientArray, trackerFetch } from './tracker-fetch';
import { trackerMessage, trackerProblems } from './tracker-problems';

const graphQlErrors = z.array(
  z.looseObject({
    message: z.string().optional(),
    extensions: z.looseObject({ type: z.string().optional() }).optional(),
  }),
);

/** Linear reports refused credentials as a GraphQL error typed `authentication_error` or `forbidden`. */
function credentialsRefusal(body: unknown): string | null {
  const errors = z.object({ errors: graphQlErrors }).safeParse(body);
  if (!errors.success) return null;
  const types = errors.data.errors.map((error) => error.extensions?.type ?? '');
  return types.find((type) => type === 'authentication_error' || type === 'forbidden') ?? null;
}

async function graphQl<S extends z.ZodType>(
  conn: TrackerConnection,
  query: string,
  variables: Record<string, unknown>,
  data: S,
): Promise<z.output<S>> {
  const answer = await trackerFetch(conn, {
    method: 'POST',
    path: '/graphql',
    // Linear API keys go in Authorization as they are (OAuth tokens would carry their own "Bearer ").
    headers: { Authorization: conn.token, Accept: 'application/json' },
    body: { query, variables },
    notFound: `GraphQL API at ${conn.baseUrl}/graphql`,
    credentialsRefusal,
    answer: z.object({ data: z.unknown().optional(), errors: graphQlErrors.optional() }),
  });
  if (answer.errors && answer.errors.length > 0) {
    throw trackerProblems.refused(conn, trackerMessage(answer.errors, '', conn.token));
  }
  const parsed = data.safeParse(answer.data);
  if (!parsed.success) throw trackerProblems.unexpected(conn, 'in an unexpected shape');
  return parsed.data;
}

const createIssue = `mutation IssueCreate($input: IssueCreateInput!) {
  issueCreate(input: $input) { success issue { identifier url } }
}`;
const ticketFields = 'nodes { identifier title url }';
const searchIssues = `query SearchIssues($term: String!, $first: Int) {
  searchIssues(term: $term, first: $first) { ${ticketFields} }
}`;
const recentIssues = `query RecentIssues($first: Int) { issues(first: $first) { ${ticketFields} } }`;

const node = z.object({ identifier: z.string(), title: z.string(), url: z.string().optional() });
const nodes = z.object({ nodes: lenientArray(node) });

export const linearClient: TrackerClient<'linear'> = {
  async createTicket(conn, config) {
    const input = { teamId: config.team_id, title: config.title, description: config.description };
    const { issueCreate } = await graphQl(
      conn,
      createIssue,
      { input },
      z.object({
        issueCreate: z.object({ success: z.boolean(), issue: z.object({ identifier: z.string() }).nullish() }),
      }),
    );
    if (!issueCreate.success || !issueCreate.issue) throw trackerProblems.refused(conn, 'the ticket was not created');
    return { id: issueCreate.issue.identifier };
  },

  async searchTickets(conn, term) {
    const found =
      term === ''
        ? (await graphQl(conn, recentIssues, { first: searchPageSize }, z.object({ issues: nodes }))).issues
        : (await graphQl(conn, searchIssues, { term, first: searchPageSize }, z.object({ searchIssues: nodes })))
            .searchIssues;
    return found.nodes.map((hit) => ({
      id: hit.identifier,
      title: hit.title,
      url: hit.url,
      external_context: { id: hit.identifier },
    }));
  },
};
