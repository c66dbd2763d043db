import type { CompiledRule } from '../../../rule-engine';
import type { RuleStat } from '../../../contract/rule-stats';

/** What one rule gathers over the events: counts per bucket, its errors, and who won the events it matched. */
export class RuleTally {
  matches = 0;
  wins = 0;
  last = -Infinity;
  readonly matchSeries: Int32Array;
  readonly winSeries: Int32Array;
  private errorCount = 0;
  private errorMessage = '';
  private errorOrder = Infinity;
  /** Matched events that reached its stage (for assignment: issue-creating ones), and of those, by which rule above. */
  private reaching = 0;
  private readonly wonAbove = new Map<number, number>();

  constructor(buckets: number) {
    this.matchSeries = new Int32Array(buckets);
    this.winSeries = new Int32Array(buckets);
  }

  match(bucket: number, count: number, last: number): void {
    this.matches += count;
    this.matchSeries[bucket]! += count;
    if (last > this.last) this.last = last;
  }

  win(bucket: number, count: number): void {
    this.wins += count;
    this.winSeries[bucket]! += count;
  }

  /** `order`: the place of the earliest of these events in time; the earliest failure's message is kept. */
  error(message: string, count: number, order: number): void {
    if (order < this.errorOrder) {
      this.errorMessage = message;
      this.errorOrder = order;
    }
    this.errorCount += count;
  }

  /** One of its matches at its stage: `winner` is the index of the stage's winner, -1 for none. */
  reached(winner: number, own: number, count: number): void {
    this.reaching += count;
    if (winner !== -1 && winner < own) this.wonAbove.set(winner, (this.wonAbove.get(winner) ?? 0) + count);
  }

  toStat(rule: CompiledRule, stage: readonly CompiledRule[], considered: number): RuleStat {
    const above = [...this.wonAbove.values()].reduce((sum, count) => sum + count, 0);
    const shadowed = !rule.disabled && this.reaching > 0 && above === this.reaching;
    return {
      id: rule.id,
      matches: this.matches,
      wins: this.wins,
      lastMatched: this.matches > 0 ? new Date(this.last).toISOString() : null,
      series: { matches: [...this.matchSeries], wins: [...this.winSeries] },
      errors: this.errorCount > 0 ? { count: this.errorCount, message: this.errorMessage } : null,
      shadowedBy: shadowed
        ? [...this.wonAbove]
            .sort((a, b) => b[1] - a[1] || a[0] - b[0])
            .map(([index, events]) => ({ id: stage[index]!.id, events }))
        : [],
      neverMatched: !rule.disabled && considered > 0 && this.matches === 0 && this.errorCount === 0,
      tiedWith: rule.tiedWith,
      disabled: rule.disabled,
    };
  }
}
