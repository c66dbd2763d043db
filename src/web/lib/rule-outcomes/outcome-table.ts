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
  /** Some exception's verdict is an error: only then is the column read for errors. */
  errored: boolean;
  judge: (properties: Record<string, Json>, uuid: string) => Judged;
};

/** One stage's live rules in the engine's order, each with its verdicts on every exception of the table. */
export type Lane<K extends EngineRuleKind = EngineRuleKind> = {
  kind: K;
  rules: RuleOfKind<K>[];
  columns: Column[];
  input: (index: number) => Record<string, Json>;
  /** Its rules in order, as text: the same text, the same outcome on every exception. */
  key: string;
  /** The winner per exception once walked (-2: not yet), shared by every lane with the same key. */
  winners: Int32Array;
};

const maxColumns = 600;
const keptGroupings = 2;
const keptLanes = 16;
const unwalked = -2;

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
  private readonly winnersByLane = new Map<string, Int32Array>();
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
    const scope = grouping ? `\u0001${grouping.key}` : '';
    const input = grouping ? this.laterInput(grouping) : (index: number) => this.groupingInput(index);
    const keys = live.map((rule) => ruleKey(kind, rule) + scope);
    const columns = live.map((rule, at) => this.column(keys[at]!, () => ruleJudge(kind, rule)));
    const key = `${kind}\u0003${scope}\u0003${keys.join('\u0002')}`;
    return { kind, rules: live, columns, input, key, winners: this.winnersOf(key) };
  }

  /** The first rule of the lane (its index) whose verdict on the exception wins, or -1: nobody's does. */
  winner(lane: Lane, index: number): number {
    const known = lane.winners[index]!;
    if (known !== unwalked) return known;
    let winner = -1;
    for (let at = 0; at < lane.rules.length; at++) {
      if (this.verdict(lane, at, index) === verdicts.wins) {
        winner = at;
        break;
      }
    }
    lane.winners[index] = winner;
    return winner;
  }

  verdict(lane: Lane, at: number, index: number): Verdict {
    const column = lane.columns[at]!;
    const known = column.cells[index]! as Verdict;
    if (known !== verdicts.unknown) return known;
    const { verdict, error } = column.judge(lane.input(index), this.events[index]!.uuid);
    column.cells[index] = verdict;
    if (error !== undefined) {
      column.error ??= error;
      column.errored = true;
    }
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
      const column = lane.columns[at]!;
      if (!column.errored && column.cells[index] !== verdicts.unknown) continue;
      if (this.verdict(lane, at, index) === verdicts.error) errored.push(String(lane.rules[at]!.id));
    }
    return errored;
  }

  private laterInput(grouping: Lane<'grouping'>): (index: number) => Record<string, Json> {
    const key = grouping.key;
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

  private winnersOf(key: string): Int32Array {
    let winners = this.winnersByLane.get(key);
    if (winners) {
      this.winnersByLane.delete(key);
    } else {
      winners = new Int32Array(this.size).fill(unwalked);
      if (this.winnersByLane.size >= keptLanes) this.winnersByLane.delete(this.winnersByLane.keys().next().value!);
    }
    this.winnersByLane.set(key, winners);
    return winners;
  }

  private column(key: string, judge: () => Column['judge']): Column {
    let column = this.columns.get(key);
    if (column) {
      this.columns.delete(key);
    } else {
      column = { cells: new Uint8Array(this.size), error: null, errored: false, judge: judge() };
      if (this.columns.size >= maxColumns) this.columns.delete(this.columns.keys().next().value!);
    }
    this.columns.set(key, column);
    return column;
  }
}
