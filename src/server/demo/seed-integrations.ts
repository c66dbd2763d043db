import type { TrackerKind } from '../../contract/integrations';
import { externalUrl } from '../trackers/external-url';
import type { Db } from '../store/database';
import { insertReference } from '../store/external-references-repository';
import { dayMs, daysAgo, demoNow, isoSeconds } from './demo-time';
import { demoIntegrations, type DemoTicket } from './integrations';
import type { Random } from './random';
import { findDemoIssue, type DemoIssue } from './seed-issues';

const ticketIds: Record<TrackerKind, (context: DemoTicket['context']) => string> = {
  github: (context) => String(context.number),
  gitlab: (context) => `#${context.issue_id}`,
  linear: (context) => String(context.id),
  jira: (context) => String(context.key),
};

export function seedIntegrations(db: Db, random: Random, issues: DemoIssue[]): void {
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
      const issue = findDemoIssue(issues, integration.teamId, ticket.linkTo);
      const firstSeen = Date.parse(issue.firstSeen);
      insertReference(db, {
        id: random.uuid(),
        teamId: integration.teamId,
        issueId: issue.id,
        integrationId: Number(lastInsertRowid),
        context: ticket.context,
        createdAt: isoSeconds(Math.min(demoNow, firstSeen + random.next() * 3 * dayMs)),
      });
    }
  });
}
