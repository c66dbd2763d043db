import type { TrackerKind } from '../../contract/integrations';
import { externalUrl } from '../trackers/external-url';
import type { Db } from '../store/database';
import { insertReference } from '../store/external-references-repository';
import { findIssue } from '../store/issues-repository';
import { dayMs, daysAgo, isoSeconds } from './demo-time';
import { demoIntegrations, type DemoTicket } from './integrations';
import type { Random } from './random';
import { findTemplateIssue, type TemplateIssues } from './template-issues';

const ticketIds: Record<TrackerKind, (context: DemoTicket['context']) => string> = {
  github: (context) => String(context.number),
  gitlab: (context) => `#${context.issue_id}`,
  linear: (context) => String(context.id),
  jira: (context) => String(context.key),
};

/** The integrations, and their tickets linked to issues a while after those were first seen (before `now`). */
export function seedIntegrations(db: Db, random: Random, issues: TemplateIssues, now: number): void {
  const insert = db.prepare(
    'INSERT INTO integrations (team_id, kind, display_name, config, picker_data, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  demoIntegrations.forEach((integration, index) => {
    const tickets = integration.tickets.map((ticket) => ({
      id: ticketIds[integration.kind](ticket.context),
      title: ticket.title,
      url: externalUrl(integration.kind, integration.config, ticket.context),
      external_context: ticket.context,
    }));
    const pickerData = { ...integration.listings, tickets };
    const { lastInsertRowid } = insert.run(
      integration.teamId,
      integration.kind,
      integration.displayName,
      JSON.stringify(integration.config),
      JSON.stringify(pickerData),
      daysAgo(90 - index),
    );
    for (const ticket of integration.tickets) {
      if (ticket.linkTo === undefined) continue;
      const issueId = findTemplateIssue(issues, integration.teamId, ticket.linkTo);
      const firstSeen = Date.parse(findIssue(db, integration.teamId, issueId)!.first_seen!);
      insertReference(db, {
        id: random.uuid(),
        teamId: integration.teamId,
        issueId,
        integrationId: Number(lastInsertRowid),
        context: ticket.context,
        createdAt: isoSeconds(Math.min(now, firstSeen + random.next() * 3 * dayMs)),
      });
    }
  });
}
