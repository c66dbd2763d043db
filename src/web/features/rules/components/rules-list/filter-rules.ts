import { shortId } from '../../../../lib/short-id';
import type { Assignee } from '../../../../../contract/assignee';
import type { StoredFilterGroup } from '../../../../../contract/stored-filters';
import type { Rule } from '../../../../../contract/rules';
import { describeGroup } from '../../../../components/filter-builder/describe-filters';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { isUnreadableRule, type UnreadableRule } from '../../../../data/rules/rule-list-item';

/** What the filter bar holds: free text and an assignee key (`user:7`, `role:<uuid>`, `none`, or '' for anyone). */
export type RuleFilterValues = { text: string; assignee: string };

/** How the list reads one rule: its title, its assignee (kinds that assign) and more searchable text. */
export type RuleReader<R extends Rule> = {
  ruleTitle?: (rule: R, lookup: AssigneeLookup) => string;
  assigneeOf?: (rule: R) => Assignee | null;
  searchText?: (rule: R) => string | null;
};

export const assigneeKey = (assignee: Assignee | null): string =>
  assignee === null ? 'none' : `${assignee.type}:${assignee.id}`;

// Rows, labels and the search all describe the same filters; each group is described once.
const summaries = new WeakMap<StoredFilterGroup, string>();

/** "Exception type is TypeError or RangeError": one line for the rule's filters. */
export function ruleSummary(rule: Rule | UnreadableRule): string {
  if (isUnreadableRule(rule)) return 'a record the dashboard cannot read';
  let summary = summaries.get(rule.filters);
  if (summary === undefined) summaries.set(rule.filters, (summary = describeGroup(rule.filters)));
  return summary;
}

function searchTextOf<R extends Rule>(rule: R, reader: RuleReader<R>, lookup: AssigneeLookup): string {
  const assignee = reader.assigneeOf?.(rule) ?? null;
  return [
    reader.ruleTitle?.(rule, lookup),
    shortId(rule.id),
    ruleSummary(rule),
    reader.searchText?.(rule),
    lookup(assignee)?.name,
  ]
    .join('\n')
    .toLocaleLowerCase();
}

export const hasFilters = ({ text, assignee }: RuleFilterValues) => text.trim() !== '' || assignee !== '';

/**
 * The rules that match the filters, in list order; the same array when no filter is set. A record that could not be
 * read matches no filter.
 */
export function filterRules<R extends Rule>(
  rules: readonly (R | UnreadableRule)[],
  filters: RuleFilterValues,
  reader: RuleReader<R>,
  lookup: AssigneeLookup,
): readonly (R | UnreadableRule)[] {
  if (!hasFilters(filters)) return rules;
  const needle = filters.text.trim().toLocaleLowerCase();
  return rules.filter((rule) => {
    if (isUnreadableRule(rule)) return false;
    if (filters.assignee !== '' && assigneeKey(reader.assigneeOf?.(rule) ?? null) !== filters.assignee) return false;
    return needle === '' || searchTextOf(rule, reader, lookup).includes(needle);
  });
}

export type AssigneeOption = { key: string; label: string; group: 'People' | 'Roles' | null };

/** The assignees the rules name, once each, people then roles by name; "Nobody" last when a rule has none. */
export function assigneeOptions<R extends Rule>(
  rules: readonly (R | UnreadableRule)[],
  assigneeOf: (rule: R) => Assignee | null,
  lookup: AssigneeLookup,
): AssigneeOption[] {
  const seen = new Map<string, Assignee | null>();
  for (const rule of rules) {
    if (isUnreadableRule(rule)) continue;
    const assignee = assigneeOf(rule);
    seen.set(assigneeKey(assignee), assignee);
  }
  const options: AssigneeOption[] = [];
  for (const [key, assignee] of seen) {
    if (assignee === null) continue;
    options.push({
      key,
      label: lookup(assignee)?.name ?? key,
      group: assignee.type === 'user' ? 'People' : 'Roles',
    });
  }
  options.sort((a, b) => compareText(a.group ?? '', b.group ?? '') || compareText(a.label, b.label));
  if (seen.has('none')) options.push({ key: 'none', label: 'Nobody', group: null });
  return options;
}

/**
 * Case-insensitive order by code point. Not `localeCompare`: its collator loads locale data (9–19 ms measured in
 * Chromium) while the list renders for the first time, for a menu of a few names.
 */
function compareText(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}
