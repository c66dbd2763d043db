import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import { capturedProperties, deriveExceptionProperties } from '../../../rule-engine';
import { groupingStage } from '../../../rule-engine/grouping-stage';
import { orderRules } from '../../../rule-engine/stage-order';
import type { EngineGroupingRule, EngineRuleKind, EngineRules, Json } from '../../../rule-engine/types';
import { issueKeyOf } from './exception-sample';
import { ruleKey } from './rule-key';
import { ruleJudge, verdicts, type Judged, type RuleOfKind, type Verdict } from './rule-verdict';

type Column = {
  cells: Uint8Array;
  error: string | null;
  judge: (properties: Record<string, Json>, uuid: string) => Judged;
};

/** One stage's live rules in the engine's order, each with its verdicts on every exception of the table. */
export type Lane<K extends EngineRuleKind = EngineRuleKind> = {
  kind: K;
  rules: RuleOfKind<K>[];
  columns: Column[];
  input: (index: number) => Record<string, Json>;
};

const maxColumns = 600;
const keptGroupings = 2;

/**
 * Recent exceptions and what rules do with them, worked out as late as possible and kept: a rule's verdict on an
 * exception is computed the first time a walk reaches it, then read. A stage's outcome under any order of its rules
 * is the first rule, in that order, whose verdict wins, so trying an edit or a new order costs only the verdicts
 * nobody needed before. Suppression and assignment see the fingerprint grouping gave, so their verdicts are kept
 * per set of grouping rules.
 */
export class OutcomeTable {
  readonly size: number;
  private readonly groupingInputs: (Record<string, Json> | undefined)[];
  private readonly laterInputs = new Map<string, (Record<string, Json> | undefined)[]>();
  private readonly columns = new Map<string, Column>();
  private times: number[] | null = null;
  private issues: number | null = null;

  constructor(readonly events: readonly ExceptionEvent[]) {
    this.size = events.length;
    this.groupingInputs = new Array(events.length);
  }

  /** What grouping rules read: the properties the SDK sent (ingestion's additions taken off), arrays derived. */
  groupingInput(index: number): Record<string, Json> {
    let input = this.groupingInputs[index];
    if (input === undefined) {
      input = deriveExceptionProperties(capturedProperties(this.events[index]!.properties));
      this.groupingInputs[index] = input;
    }
    return input;
  }

  /** The SDK sent a fingerprint: it wins over every grouping rule. */
  hasManualFingerprint(index: number): boolean {
    return typeof this.groupingInput(index).$exception_fingerprint === 'string';
  }

  /** How many issues the exceptions are in. */
  issueCount(): number {
    this.issues ??= new Set(this.events.map(issueKeyOf)).size;
    return this.issues;
  }

  time(index: number): number {
    this.times ??= this.events.map((event) => Date.parse(event.timestamp) || 0);
    return this.times[index]!;
  }

  /** Grouping's lane for `rules`; the others need grouping's, whose winner gives the fingerprint they see. */
  lane(kind: 'grouping', rules: EngineRules['grouping']): Lane<'grouping'>;
  lane<K extends 'suppression' | 'assignment'>(kind: K, rules: EngineRules[K], grouping: Lane<'grouping'>): Lane<K>;
  lane<K extends EngineRuleKind>(kind: K, rules: EngineRules[K], grouping?: Lane<'grouping'>): Lane<K> {
    const live = orderRules<RuleOfKind<K>>(rules)
      .filter(({ disabled }) => !disabled)
      .map(({ rule }) => rule);
    const scope = grouping ? `\u0001${laneKey(grouping)}` : '';
    const input = grouping ? this.laterInput(grouping) : (index: number) => this.groupingInput(index);
    const columns = live.map((rule) => this.column(ruleKey(kind, rule) + scope, () => ruleJudge(kind, rule)));
    return { kind, rules: live, columns, input };
  }

  /** The first rule of the lane (its index) whose verdict on the exception wins, or -1: nobody's does. */
  winner(lane: Lane, index: number): number {
    for (let at = 0; at < lane.rules.length; at++) {
      if (this.verdict(lane, at, index) === verdicts.wins) return at;
    }
    return -1;
  }

  verdict(lane: Lane, at: number, index: number): Verdict {
    const column = lane.columns[at]!;
    const known = column.cells[index]! as Verdict;
    if (known !== verdicts.unknown) return known;
    const { verdict, error } = column.judge(lane.input(index), this.events[index]!.uuid);
    column.cells[index] = verdict;
    if (error !== undefined) column.error ??= error;
    return verdict;
  }

  /** What the rule's first error said, once one was met. */
  errorOf(lane: Lane, at: number): string | null {
    return lane.columns[at]!.error;
  }

  /** The ids of the lane's rules before `end` whose evaluation errors on the exception: cymbal would disable them. */
  erroredBefore(lane: Lane, index: number, end: number): string[] {
    const errored: string[] = [];
    const last = end === -1 ? lane.rules.length : end;
    for (let at = 0; at < last; at++) {
      if (this.verdict(lane, at, index) === verdicts.error) errored.push(String(lane.rules[at]!.id));
    }
    return errored;
  }

  private laterInput(grouping: Lane<'grouping'>): (index: number) => Record<string, Json> {
    const key = laneKey(grouping);
    let inputs = this.laterInputs.get(key);
    if (!inputs) {
      inputs = new Array(this.size);
      this.laterInputs.set(key, inputs);
      if (this.laterInputs.size > keptGroupings) this.laterInputs.delete(this.laterInputs.keys().next().value!);
    }
    const cache = inputs;
    return (index) => {
      let input = cache[index];
      if (input === undefined) {
        // The winner alone gives the same fingerprint as the whole list: the rules before it did not match.
        const at = this.winner(grouping, index);
        const decisive: EngineGroupingRule[] = at === -1 ? [] : [grouping.rules[at]!];
        input = groupingStage(decisive, this.groupingInput(index)).properties;
        cache[index] = input;
      }
      return input;
    };
  }

  private column(key: string, judge: () => Column['judge']): Column {
    let column = this.columns.get(key);
    if (column) {
      this.columns.delete(key);
    } else {
      column = { cells: new Uint8Array(this.size), error: null, judge: judge() };
      if (this.columns.size >= maxColumns) this.columns.delete(this.columns.keys().next().value!);
    }
    this.columns.set(key, column);
    return column;
  }
}

const laneKeys = new WeakMap<Lane, string>();

/** A lane's rules in order, as text: the same text, the same outcome on every exception. */
function laneKey(lane: Lane): string {
  let key = laneKeys.get(lane);
  if (key === undefined) {
    key = lane.rules.map((rule) => ruleKey(lane.kind, rule)).join('\u0002');
    laneKeys.set(lane, key);
  }
  return key;
}
