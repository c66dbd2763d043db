import type { Db } from '../store/database';
import type { DemoEvent } from './demo-events';
import type { ExceptionTemplate } from './exception-template';

export type TemplateIssues = Map<ExceptionTemplate, { teamId: number; issueIds: string[] }>;

/**
 * The issues that now hold each template's stored events, in the order they were first seen. An event counts for
 * its fingerprint's issue, so after a merge the target holds the merged issues' events.
 */
export function templateIssues(db: Db, events: readonly DemoEvent[]): TemplateIssues {
  const issueOf = new Map(
    (
      db
        .prepare(
          `SELECT e.uuid, COALESCE(f.issue_id, e.issue_id) AS issue_id FROM exception_events e
           LEFT JOIN fingerprints f ON f.team_id = e.team_id AND f.fingerprint = e.fingerprint`,
        )
        .all() as Array<{ uuid: string; issue_id: string }>
    ).map((row) => [row.uuid, row.issue_id]),
  );
  const issues: TemplateIssues = new Map();
  for (const { teamId, template, exception } of events) {
    const issueId = issueOf.get(exception.uuid);
    if (issueId === undefined) continue;
    const entry = issues.get(template) ?? { teamId, issueIds: [] };
    if (!entry.issueIds.includes(issueId)) entry.issueIds.push(issueId);
    issues.set(template, entry);
  }
  return issues;
}

/** The issue of the template whose name or message contains `text`: where a demo ticket is linked. */
export function findTemplateIssue(issues: TemplateIssues, teamId: number, text: string): string {
  for (const [template, entry] of issues) {
    if (entry.teamId === teamId && `${template.name ?? ''}\n${template.message}`.includes(text))
      return entry.issueIds[0]!;
  }
  throw new Error(`Demo data: no issue in environment ${teamId} holds an exception matching "${text}".`);
}
