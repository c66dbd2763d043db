import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { externalReferenceCreateInputSchema, searchIssuesParamsSchema } from '../../contract/external-references';
import type { TrackerKind } from '../../contract/integrations';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readBody, readQuery } from '../http/body';
import { nowIso } from '../http/clock';
import { uuidParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import type { Db } from '../store/database';
import {
  findReference,
  findReferenceByContext,
  insertReference,
  listReferences,
} from '../store/external-references-repository';
import { findIntegration, type StoredIntegration } from '../store/integrations-repository';
import { existingIssueIds } from '../store/issues-repository';
import { refuseOtherMethods } from './refuse-methods';
import { createTicket } from '../trackers/create-ticket';
import { isTrackerKind } from '../trackers/external-url';
import { searchTickets } from '../trackers/search-tickets';
import { parseTicketConfig, parseTicketContext } from './ticket-inputs';

type TrackerIntegration = StoredIntegration & { kind: TrackerKind };

const foreignIssue = () => problems.validation('Issue does not belong to this team.', 'issue');

function assertIssue(db: Db, teamId: number, issueId: string): void {
  if (!existingIssueIds(db, teamId, [issueId]).has(issueId)) throw foreignIssue();
}

/** An integration of this environment whose tracker holds tickets. */
function trackerIntegration(db: Db, teamId: number, id: number): TrackerIntegration {
  const integration = findIntegration(db, teamId, id);
  if (!integration) throw problems.validation('Integration does not belong to this team.', 'integration_id');
  if (!isTrackerKind(integration.kind)) {
    throw problems.validation(`A ${integration.kind} integration cannot hold tickets.`, 'integration_id');
  }
  return integration as TrackerIntegration;
}

/** Links a ticket to an issue. A ticket links once: the same ticket again answers the existing reference. */
function linkTicket(db: Db, teamId: number, issueId: string, integrationId: number, context: Record<string, unknown>) {
  return db.transaction(() => {
    // Checked again here: creating a ticket awaits the tracker, and the issue may have been merged away meanwhile.
    assertIssue(db, teamId, issueId);
    const existing = findReferenceByContext(db, integrationId, context);
    if (existing) {
      if (existing.issue !== issueId) {
        throw problems.validation('This ticket is already linked to another issue.', 'external_context');
      }
      return { reference: existing, created: false };
    }
    const id = randomUUID();
    insertReference(db, { id, teamId, issueId, integrationId, context, createdAt: nowIso() });
    return { reference: findReference(db, teamId, id)!, created: true };
  })();
}

/** `…/error_tracking/external_references/`: references are permanent (no update, no delete). */
export function externalReferenceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.get('/', (c) => {
    const page = readPagination(c);
    const { count, results } = listReferences(c.var.db, c.var.teamId, page);
    return c.json(paginated(c, page, count, results));
  });

  app.get('/search_issues', async (c) => {
    const { integration_id, search } = readQuery(c, searchIssuesParamsSchema);
    const integration = trackerIntegration(c.var.db, c.var.teamId, integration_id);
    return c.json({ issues: await searchTickets(integration, search.trim()) });
  });

  app.get('/:id', (c) => {
    const reference = findReference(c.var.db, c.var.teamId, uuidParam(c));
    if (!reference) throw problems.notFound();
    return c.json(reference);
  });

  app.post('/', async (c) => {
    const input = await readBody(c, externalReferenceCreateInputSchema);
    const { db, teamId } = c.var;
    const issueId = input.issue.toLowerCase();
    assertIssue(db, teamId, issueId);
    const integration = trackerIntegration(db, teamId, input.integration_id);
    const context = input.external_context
      ? parseTicketContext(integration.kind, input.external_context)
      : await createTicket(integration, parseTicketConfig(integration.kind, input.config ?? {}));
    const { reference, created } = linkTicket(db, teamId, issueId, integration.id, context);
    return c.json(reference, created ? 201 : 200);
  });

  refuseOtherMethods(app, ['/', '/search_issues']);
  refuseOtherMethods(app, ['/:id'], { emptyDelete: true });
  return app;
}
