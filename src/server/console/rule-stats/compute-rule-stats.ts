import type { RuleStats } from '../../../contract/rule-stats';
import {
  assignmentProperties,
  compileRules,
  groupingFingerprint,
  stageWinner,
  winsFor,
  withFingerprint,
  type CompiledRule,
  type EngineRules,
  type Json,
} from '../../../rule-engine';
import type { EventTableData } from './event-table';
import { RuleTally } from './rule-tally';
import { StageVerdicts } from './stage-verdicts';
import { bucketOf, type StatsWindow } from './stats-window';
import type { StatsProjection } from './stats-projection';
import { tupleProperties } from './tuple-properties';

type Stage = { rules: CompiledRule[]; verdicts: StageVerdicts; tallies: RuleTally[] };

const always = (rule: CompiledRule) => rule.wins === 'always';
/** The winner of a suppression tuple depends on each event's uuid: a rule that samples matches first. */
const drawn = -2;

function stageOf(rules: CompiledRule[], contexts: number, buckets: number): Stage {
  return { rules, verdicts: new StageVerdicts(rules, contexts), tallies: rules.map(() => new RuleTally(buckets)) };
}

/**
 * A stage's winner for `count` events of one context, the earliest at place `order` in time; each reached rule that
 * errors counts them.
 */
const decide = (stage: Stage, context: number, wins: (rule: CompiledRule) => boolean, count: number, order: number) =>
  stageWinner(
    stage.rules,
    (index) => stage.verdicts.at(context, index),
    wins,
    (index, message) => stage.tallies[index]!.error(message, count, order),
  );

/** Every live rule the events matched at their stage learns who won them (shadowing). */
function reach(stage: Stage, context: number, winner: number, count: number) {
  stage.rules.forEach((rule, index) => {
    if (!rule.disabled && stage.verdicts.matched(context, index)) stage.tallies[index]!.reached(winner, index, count);
  });
}

/** For every rule whose filters match a context: its events per bucket, regardless of order. */
function countMatches(stage: Stage, context: number, counts: Int32Array, last: number) {
  const buckets = counts.length;
  stage.rules.forEach((_, index) => {
    if (!stage.verdicts.matched(context, index)) return;
    for (let bucket = 0; bucket < buckets; bucket++) {
      if (counts[bucket]! > 0) stage.tallies[index]!.match(bucket, counts[bucket]!, last);
    }
  });
}

function countWins(tally: RuleTally, counts: Int32Array) {
  counts.forEach((count, bucket) => {
    if (count > 0) tally.win(bucket, count);
  });
}

const sum = (counts: Int32Array) => counts.reduce((total, count) => total + count, 0);

/**
 * Every rule replayed over the window's events, as PostHog's ingestion would apply today's rules to them: each
 * distinct tuple of the properties the rules read is evaluated once per rule (the engine's trace-free path), then
 * its events take its verdicts. Per event are decided only suppression's sampling draw (from the uuid) and
 * assignment (only the first kept event of each issue, in time order, creates the issue and is assigned).
 */
export function computeRuleStats(
  rules: EngineRules,
  table: EventTableData,
  projection: StatsProjection,
  window: StatsWindow,
): Omit<RuleStats, 'computedAt'> {
  const compiled = compileRules(rules, { memoizeLeaves: true });
  const tupleCount = table.tuples.length;
  const events = table.uuids.length;
  const buckets = window.count;

  const grouping = stageOf(compiled.grouping, tupleCount, buckets);
  const suppression = stageOf(compiled.suppression, tupleCount, buckets);
  const groupingWinner = new Int32Array(tupleCount);
  const manual = new Uint8Array(tupleCount);
  const suppressionWinner = new Int32Array(tupleCount);
  const seen = tupleProperties(table.tuples, projection).map((tuple, t) => {
    grouping.verdicts.fill(t, tuple);
    groupingWinner[t] = stageWinner(grouping.rules, (index) => grouping.verdicts.at(t, index), always);
    const sent = Object.hasOwn(tuple, '$exception_fingerprint') ? tuple.$exception_fingerprint : undefined;
    manual[t] = typeof sent === 'string' ? 1 : 0;
    // The fingerprint (a SHA-512 when it is the automatic one) only when a rule reads it.
    const next = projection.readsFingerprint
      ? withFingerprint(tuple, groupingFingerprint(tuple, grouping.rules[groupingWinner[t]!]?.id ?? null))
      : tuple;
    suppression.verdicts.fill(t, next);
    const first = suppression.rules.findIndex(
      (rule, index) => !rule.disabled && rule.wins !== 'never' && suppression.verdicts.matched(t, index),
    );
    suppressionWinner[t] = first !== -1 && suppression.rules[first]!.wins === 'draw' ? drawn : first;
    return next;
  });

  // Assignment rules read `$exception_issue_id` too: with a rule on it, each issue of a tuple is a context.
  const contextIndex = new Map<string, number>();
  const contextOf = new Int32Array(events);
  const contexts: Record<string, Json>[] = [];
  for (let e = 0; e < events; e++) {
    const t = table.tupleOf[e]!;
    const issue = projection.readsIssueId ? (table.issues[e] ?? null) : null;
    const key = issue === null ? String(t) : `${t}\u0000${issue}`;
    let context = contextIndex.get(key);
    if (context === undefined) {
      context = contexts.length;
      contextIndex.set(key, context);
      const issueContext =
        issue === null
          ? { isNew: true, reopened: false }
          : { isNew: true, reopened: false, issue: { id: issue, status: 'active', name: null, description: null } };
      contexts.push(assignmentProperties(seen[t]!, issueContext));
    }
    contextOf[e] = context;
  }
  const assignment = stageOf(compiled.assignment, contexts.length, buckets);
  contexts.forEach((properties, c) => assignment.verdicts.fill(c, properties));

  const tupleCounts = new Int32Array(tupleCount * buckets);
  const contextCounts = new Int32Array(contexts.length * buckets);
  const tupleLast = new Float64Array(tupleCount).fill(-Infinity);
  const tupleFirst = new Int32Array(tupleCount).fill(events);
  const contextLast = new Float64Array(contexts.length).fill(-Infinity);
  const created = new Set<string>();
  // Oldest first: the first kept event of an issue is the one that creates it.
  for (let e = events - 1; e >= 0; e--) {
    const [t, c, time] = [table.tupleOf[e]!, contextOf[e]!, table.times[e]!];
    const order = events - 1 - e;
    const bucket = bucketOf(window, time);
    tupleFirst[t] = Math.min(tupleFirst[t]!, order);
    tupleCounts[t * buckets + bucket]!++;
    contextCounts[c * buckets + bucket]!++;
    tupleLast[t] = Math.max(tupleLast[t]!, time);
    contextLast[c] = Math.max(contextLast[c]!, time);

    let dropped = suppressionWinner[t]! >= 0;
    if (suppressionWinner[t] === drawn) {
      const uuid = table.uuids[e]!;
      const winner = decide(suppression, t, (rule) => winsFor(rule, uuid), 1, order);
      reach(suppression, t, winner, 1);
      if (winner !== -1) suppression.tallies[winner]!.win(bucket, 1);
      dropped = winner !== -1;
    }
    const issue = table.issueKeys[e]!;
    if (dropped || created.has(issue)) continue;
    created.add(issue);
    const winner = decide(assignment, c, always, 1, order);
    reach(assignment, c, winner, 1);
    if (winner !== -1) assignment.tallies[winner]!.win(bucket, 1);
  }

  for (let t = 0; t < tupleCount; t++) {
    const counts = tupleCounts.subarray(t * buckets, (t + 1) * buckets);
    const total = sum(counts);
    if (total === 0) continue;
    countMatches(grouping, t, counts, tupleLast[t]!);
    countMatches(suppression, t, counts, tupleLast[t]!);
    decide(grouping, t, always, total, tupleFirst[t]!);
    reach(grouping, t, groupingWinner[t]!, total);
    // A fingerprint the client sent wins over the rule's, which stays only a proposal.
    if (groupingWinner[t] !== -1 && manual[t] === 0) countWins(grouping.tallies[groupingWinner[t]!]!, counts);
    if (suppressionWinner[t] === drawn) continue;
    decide(suppression, t, always, total, tupleFirst[t]!);
    reach(suppression, t, suppressionWinner[t]!, total);
    if (suppressionWinner[t] !== -1) countWins(suppression.tallies[suppressionWinner[t]!]!, counts);
  }
  contexts.forEach((_, c) =>
    countMatches(assignment, c, contextCounts.subarray(c * buckets, (c + 1) * buckets), contextLast[c]!),
  );

  const stats = (stage: Stage) =>
    stage.rules.map((rule, index) => stage.tallies[index]!.toStat(rule, stage.rules, events));
  return {
    window: { days: window.days, from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() },
    buckets: { count: buckets, ms: window.ms },
    eventsConsidered: events,
    capped: table.capped,
    skipped: table.skipped,
    grouping: stats(grouping),
    suppression: stats(suppression),
    assignment: stats(assignment),
  };
}
