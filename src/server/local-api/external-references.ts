import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  externalReferenceCreateInputSchema,
  externalReferenceLinkInputSchema,
  searchIssuesParamsSchema,
} from '../../contract/external-references';
import { isTrackerKind, type TrackerKind } from '../../contract/integrations';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readBody, readQuery } from '../http/body';
import { nowIso } from '../http/clock';
import { uuidParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import type { Db } from '../store/database';
import {
  findIssueReference,
  findReference,
  insertReference,
  listReferences,
} from '../store/external-references-repository';
import { findIntegration, type StoredIntegration } from '../store/integrations-repository';
import { existingIssueIds } from '../store/issues-repository';
import { createTicket } from '../trackers/create-ticket';
import { searchTickets } from '../trackers/search-tickets';
import { refuseOtherMethods } from './refuse-methods';
import { facadeError, parseLinkContext, parseTicketConfig } from './ticket-inputs';

type TrackerIntegration = StoredIntegration & { kind: TrackerKind };

function assertIssue(db: Db, teamId: number, issueId: string): void {
  if (!existingIssueIds(db, teamId, [issueId]).has(issueId)) throw facadeError('Issue does not belong to this team.');
}

function trackerIntegration(db: Db, teamId: number, id: number): TrackerIntegration {
  const integration = findIntegration(db, teamId, id);
  if (!integration) throw facadeError('Integration does not belong to this team.');
  if (!isTrackerKind(integration.kind)) throw facadeError('Provider not supported');
  return integration as TrackerIntegration;
}

/** Linking a ticket the issue already links answers that reference, as PostHog does. */
function linkTicket(db: Db, teamId: number, issueId: string, integrationId: number, context: Record<string, unknown>) {
  return db.transaction(() => {
    // Checked again here: creating a ticket awaits the tracker, and the issue may have been merged away meanwhile.
    assertIssue(db, teamId, issueId);
    const existing = findIssueReference(db, issueId, integrationId, context);
    if (existing) return existing;
    const id = randomUUID();
    insertReference(db, { id, teamId, issueId, integrationId, context, createdAt: nowIso() });
    return findReference(db, teamId, id)!;
  })();
}

/** References are permanent (no update, no delete), as in PostHog. */
export function externalReferenceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.get('/', (c) => {
    const page = readPagination(c);
    const { count, results } = listReferences(c.var.db, c.var.teamId, page);
    return c.json(paginated(c, page, count, results));
  });

  app.get('/search_issues', async (c) => {
    const { integration_id, search, repository } = readQuery(c, searchIssuesParamsSchema);
    const integration = trackerIntegration(c.var.db, c.var.teamId, integration_id);
    const repo = repository?.trim() || undefined;
    if (integration.kind === 'github') {
      if (!repo) throw facadeError('A repository is required to search GitHub issues.');
      // Only bare names: PostHog refuses to search another account's repository.
      if (repo.includes('/')) {
        throw facadeError("Pass the repository name without an owner; only the integration's account can be searched.");
      }
    }
    const issues = await searchTickets(integration, search.trim(), integration.kind === 'github' ? repo : undefined);
    return c.json({ issues });
  });

  app.post('/link_issue', async (c) => {
    const input = await readBody(c, externalReferenceLinkInputSchema);
    const { db, teamId } = c.var;
    const issueId = input.issue.toLowerCase();
    assertIssue(db, teamId, issueId);
    const integration = trackerIntegration(db, teamId, input.integration_id);
    const context = parseLinkContext(integration.kind, input.external_context);
    return c.json(linkTicket(db, teamId, issueId, integration.id, context), 201);
  });
  // Before `/:id`, so `link_issue` is never read as a reference id.
  refuseOtherMethods(app, ['/link_issue']);

  app.get('/:id', (c) => {
    const reference = findReference(c.var.db, c.var.teamId, uuidParam(c));
    if (!reference) throw problems.notFound();
    return c.json(reference);
  });

  // `external_context` here is ignored: current PostHog only creates tickets through this route.
  app.post('/', async (c) => {
    const input = await readBody(c, externalReferenceCreateInputSchema);
    const { db, teamId } = c.var;
    const issueId = input.issue.toLowerCase();
    assertIssue(db, teamId, issueId);
    const integration = trackerIntegration(db, teamId, input.integration_id);
    const context = await createTicket(integration, parseTicketConfig(integration.kind, input.config));
    return c.json(linkTicket(db, teamId, issueId, integration.id, context), 201);
  });

  refuseOtherMethods(app, ['/', '/search_issues']);
  refuseOtherMethods(app, ['/:id'], { emptyDelete: true });
  return app;
}
