import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import type { RuleStat, RuleStats } from '../../../contract/rule-stats';
import {
  evaluate,
  capturedProperties,
  type EngineEvent,
  type EngineRuleKind,
  type EngineRules,
  type IssueContext,
  type Json,
} from '../../../rule-engine';

type Window = Pick<RuleStats, 'window' | 'buckets'>;
type Tally = { stat: RuleStat; reaching: number; above: Map<string, number>; last: number };

const kinds: EngineRuleKind[] = ['grouping', 'suppression', 'assignment'];
const matchedOutcomes = new Set(['matched', 'sampled-out', 'matched-without-assignee']);
const none: EngineRules = { grouping: [], suppression: [], assignment: [] };
const newIssue = (): IssueContext => ({ isNew: true, reopened: false });

/** Whether one rule's filters match the event, run alone (and live) at its stage. */
function matchesAlone(
  kind: EngineRuleKind,
  id: string,
  rules: EngineRules,
  event: EngineEvent,
  issue: IssueContext,
): boolean {
  const live = <R extends { id: string; disabled_data: Json | null }>(list: readonly R[]) =>
    list.filter((rule) => String(rule.id) === id).map((rule) => ({ ...rule, disabled_data: null }));
  if (kind === 'grouping')
    return evaluate(event, { ...none, grouping: live(rules.grouping) }).grouping.rules[0]!.outcome === 'matched';
  if (kind === 'suppression') {
    const trace = evaluate(event, { ...none, grouping: rules.grouping, suppression: live(rules.suppression) });
    return matchedOutcomes.has(trace.suppression.rules[0]!.outcome);
  }
  const trace = evaluate(
    event,
    { ...none, grouping: rules.grouping, assignment: live(rules.assignment) },
    { resolveIssue: () => issue },
  );
  return matchedOutcomes.has(trace.assignment!.rules[0]!.outcome);
}

/**
 * The statistics the slow, obvious way, with nothing of the server's: the engine's full `evaluate` on each event as
 * the recent-exceptions endpoint returns it, oldest first, the first kept event of an issue creating it; each rule's
 * matches from running it alone.
 */
export function referenceStats(rules: EngineRules, events: ExceptionEvent[], { window, buckets }: Window) {
  const from = Date.parse(window.from);
  const bucketOf = (time: number) => Math.min(buckets.count - 1, Math.max(0, Math.floor((time - from) / buckets.ms)));
  const blank = { uuid: '', properties: {} };
  const layout = evaluate(blank, { ...rules, suppression: [] }, { resolveIssue: newIssue });
  const order = {
    grouping: layout.grouping.rules,
    suppression: evaluate(blank, rules).suppression.rules,
    assignment: layout.assignment!.rules,
  };
  const zeros = () => Array.from({ length: buckets.count }, () => 0);
  const tallies: Record<EngineRuleKind, Tally[]> = {
    grouping: [],
    suppression: [],
    assignment: [],
  };
  for (const kind of kinds) {
    tallies[kind] = order[kind].map((trace) => ({
      stat: {
        id: trace.ruleId,
        matches: 0,
        wins: 0,
        lastMatched: null,
        series: { matches: zeros(), wins: zeros() },
        errors: null,
        shadowedBy: [],
        neverMatched: false,
        tiedWith: trace.tiedWith,
        disabled: trace.outcome === 'disabled',
      },
      reaching: 0,
      above: new Map(),
      last: -Infinity,
    }));
  }

  const created = new Set<string>();
  const ordered = [...events].sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.uuid.localeCompare(b.uuid));
  for (const event of ordered) {
    const time = Date.parse(event.timestamp);
    const bucket = bucketOf(time);
    const properties: Record<string, Json> = JSON.parse(JSON.stringify(capturedProperties(event.properties)));
    const engineEvent = { uuid: event.uuid, properties };
    const key = event.issue_id ?? `fingerprint:${event.fingerprint}`;
    const issue = (isNew: boolean): IssueContext => ({
      isNew,
      reopened: false,
      ...(event.issue_id ? { issue: { id: event.issue_id, status: 'active', name: null, description: null } } : {}),
    });
    const full = evaluate(engineEvent, rules, {
      resolveIssue: () => {
        const isNew = !created.has(key);
        created.add(key);
        return issue(isNew);
      },
    });
    const winners = {
      grouping: full.grouping.winner,
      suppression: full.suppression.winner,
      assignment: full.assignment?.winner ?? null,
    };
    // A fingerprint the client sent wins over the rule's.
    const wins = { ...winners, grouping: full.grouping.source === 'rule' ? full.grouping.winner : null };
    const reached = { grouping: true, suppression: true, assignment: full.assignment?.ran === true };
    for (const kind of kinds) {
      const winnerIndex = order[kind].findIndex((trace) => trace.ruleId === winners[kind]);
      order[kind].forEach((trace, index) => {
        const tally = tallies[kind][index]!;
        const { stat } = tally;
        const matched = matchesAlone(kind, trace.ruleId, rules, engineEvent, issue(true));
        if (matched) {
          stat.matches++;
          stat.series.matches[bucket]!++;
          tally.last = Math.max(tally.last, time);
        }
        if (wins[kind] === trace.ruleId) {
          stat.wins++;
          stat.series.wins[bucket]!++;
        }
        const error = full.errors.find((each) => each.kind === kind && each.ruleId === trace.ruleId);
        if (error)
          stat.errors = { count: (stat.errors?.count ?? 0) + 1, message: stat.errors?.message ?? error.message };
        if (!stat.disabled && matched && reached[kind]) {
          tally.reaching++;
          if (winnerIndex !== -1 && winnerIndex < index) {
            tally.above.set(winners[kind]!, (tally.above.get(winners[kind]!) ?? 0) + 1);
          }
        }
      });
    }
  }

  const finish = (kind: EngineRuleKind): RuleStat[] =>
    tallies[kind].map(({ stat, reaching, above, last }) => {
      const wonAbove = [...above.values()].reduce((sum, count) => sum + count, 0);
      const position = (id: string) => order[kind].findIndex((trace) => trace.ruleId === id);
      return {
        ...stat,
        lastMatched: stat.matches > 0 ? new Date(last).toISOString() : null,
        neverMatched: !stat.disabled && events.length > 0 && stat.matches === 0 && stat.errors === null,
        shadowedBy:
          !stat.disabled && reaching > 0 && wonAbove === reaching
            ? [...above]
                .sort((a, b) => b[1] - a[1] || position(a[0]) - position(b[0]))
                .map(([id, count]) => ({ id, events: count }))
            : [],
      };
    });
  return { grouping: finish('grouping'), suppression: finish('suppression'), assignment: finish('assignment') };
}
