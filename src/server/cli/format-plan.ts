import { ruleKinds, type RuleKind } from '../../contract/rules';
import type { AssigneeDirectory, RuleDiff } from '../../rule-plans';
import { fieldText, ruleText } from './rule-text';

const kindTitles: Record<RuleKind, string> = {
  assignment: 'Assignment rules',
  grouping: 'Grouping rules',
  suppression: 'Suppression rules',
};
const marks: Record<RuleDiff['change'], string> = {
  created: '+',
  updated: '~',
  replaced: '±',
  moved: '↕',
  deleted: '-',
};
const verbs: Record<RuleDiff['change'], string> = {
  created: 'to create',
  updated: 'to update',
  replaced: 'to replace',
  moved: 'to move',
  deleted: 'to delete',
};

function entryLines(entry: RuleDiff, directory: AssigneeDirectory): string[] {
  const rule = ruleText(entry.kind, entry.rule, directory);
  const move = entry.moved
    ? `, moved from ${entry.from} to ${entry.to}`
    : entry.from !== entry.to
      ? ` (now ${entry.to})`
      : '';
  const head = {
    created: `create at ${entry.to}: ${rule}`,
    updated: `update ${entry.from}${move}: ${rule}`,
    replaced: `replace ${entry.from}${move} (PostHog cannot change this in place: the rule gets a new id): ${rule}`,
    moved: `move from ${entry.from} to ${entry.to}: ${rule}`,
    deleted: `delete ${entry.from}: ${rule}`,
  }[entry.change];
  const fields = entry.fields.map(
    (change) =>
      `      ${change.field}: ${fieldText(change.field, change.before, directory)} → ${fieldText(change.field, change.after, directory)}`,
  );
  return [`  ${marks[entry.change]} ${head}`, ...fields];
}

/** The plan as a reviewer reads it: per kind, each rule that changes, with positions from 1. */
export function formatPlan(diff: RuleDiff[], directory: AssigneeDirectory): string {
  if (diff.length === 0) return 'No changes: the environment already has these rules.\n';
  const lines: string[] = [];
  for (const kind of ruleKinds) {
    const entries = diff.filter((entry) => entry.kind === kind);
    if (entries.length === 0) continue;
    lines.push(kindTitles[kind], ...entries.flatMap((entry) => entryLines(entry, directory)), '');
  }
  const counts = (Object.keys(verbs) as RuleDiff['change'][])
    .map((change) => [change, diff.filter((entry) => entry.change === change).length] as const)
    .filter(([, count]) => count > 0)
    .map(([change, count]) => `${count} ${verbs[change]}`);
  lines.push(`Plan: ${counts.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
