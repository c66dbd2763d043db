import type { IssueStatus } from '../../contract/issues';
import { mergeIssues } from '../local-api/issue-merge-split';
import type { Db } from '../store/database';
import { updateIssue } from '../store/issues-repository';
import { groupingRuleIssue } from '../store/rules-repository';
import type { DemoEvent } from './demo-events';
import type { Random } from './random';
import type { SeededRule } from './seed-rules';
import { templateIssues, type TemplateIssues } from './template-issues';

const statusWeights: Array<[IssueStatus, number]> = [
  ['active', 68],
  ['resolved', 14],
  ['suppressed', 6],
  ['archived', 6],
  ['pending_release', 6],
];

/**
 * One kind of error thrown in several places comes in as several issues (one per fingerprint). Someone merged the
 * kinds that came in as many, the renamed ones and most others, as PostHog users do; a few pairs and triples are
 * left side by side. Issues that hold several kinds (a grouping rule's) are left alone.
 */
function mergeDuplicates(db: Db, random: Random, issues: TemplateIssues): void {
  const kinds = new Map<string, number>();
  for (const { issueIds } of issues.values()) for (const id of issueIds) kinds.set(id, (kinds.get(id) ?? 0) + 1);
  for (const [template, { teamId, issueIds }] of issues) {
    if (issueIds.length < 2 || issueIds.some((id) => kinds.get(id) !== 1)) continue;
    if (random.chance(0.6) || issueIds.length > 3 || template.name !== undefined)
      mergeIssues(db, teamId, issueIds[0]!, issueIds.slice(1));
  }
}

/**
 * What the demo's team did after the exceptions came in, through the code the API uses: merges, renames, statuses.
 * Assignees are left as ingestion's assignment rules set them.
 */
export function triageDemoIssues(
  db: Db,
  random: Random,
  events: readonly DemoEvent[],
  rules: SeededRule[],
): TemplateIssues {
  mergeDuplicates(db, random, templateIssues(db, events));
  const issues = templateIssues(db, events);
  for (const [template, { teamId, issueIds }] of issues) {
    if (template.name !== undefined) updateIssue(db, teamId, issueIds[0]!, { name: template.name });
  }
  for (const { id, teamId, rule } of rules) {
    const issue = rule.kind === 'grouping' && rule.issueName ? groupingRuleIssue(db, teamId, id) : null;
    if (issue && rule.kind === 'grouping') updateIssue(db, teamId, issue.id, { name: rule.issueName });
  }
  const all = db.prepare('SELECT id, team_id FROM issues ORDER BY team_id, created_at, id').all() as Array<{
    id: string;
    team_id: number;
  }>;
  for (const { id, team_id } of all) {
    const status = random.weighted(statusWeights);
    if (status !== 'active') updateIssue(db, team_id, id, { status });
  }
  return issues;
}
