import type { HistoryActor, HistoryEntry } from '../../../../../contract/rule-history';
import type { RuleKind } from '../../../../../contract/rules';
import { ruleKinds } from '../../../rules';

const article = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

function rulesOf(kinds: readonly RuleKind[], count: number): string {
  if (kinds.length !== 1) return count === 1 ? 'a rule' : `${count} rules`;
  const { noun } = ruleKinds[kinds[0]!];
  return count === 1 ? article(noun) : `${count} ${noun}s`;
}

const kindList = (kinds: readonly RuleKind[]) =>
  kinds.map((kind) => ruleKinds[kind].title.toLowerCase()).join(', ') || 'rules';

/** What an entry did, in a few words: "Deleted an assignment rule", "Reordered grouping rules". */
export function describeEntry(entry: Pick<HistoryEntry, 'action' | 'kinds' | 'rule_ids'>): string {
  const count = entry.rule_ids.length;
  switch (entry.action) {
    case 'create':
      return `Created ${rulesOf(entry.kinds, count)}`;
    case 'update':
      return `Changed ${rulesOf(entry.kinds, count)}`;
    case 'delete':
      return `Deleted ${rulesOf(entry.kinds, count)}`;
    case 'reorder':
      return `Reordered ${kindList(entry.kinds)}`;
    case 'outside':
      return 'Changed outside the console';
    case 'baseline':
      return 'First state the console saw';
  }
}

/** Who made a change, as the history names them. */
export function actorLabel(actor: HistoryActor): string {
  switch (actor.type) {
    case 'person':
      return actor.name;
    case 'api_key':
      return `API key “${actor.label}”`;
    case 'browser':
      return 'A browser without a name set';
    case 'outside':
      return 'Not through the console';
  }
}

/** The entries' kinds, for the line under the title: "Assignment rules, grouping rules". */
export function kindsText(kinds: readonly RuleKind[]): string {
  const text = kindList(kinds);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
