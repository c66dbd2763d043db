import type { RecentExceptions } from '../../../contract/recent-exceptions';
import { OutcomeTable } from '../../lib/rule-outcomes/outcome-table';
import type { ExceptionSource } from './preview-messages';

export type ExceptionSet = { answer: RecentExceptions; table: OutcomeTable };
export type FetchExceptions = (source: ExceptionSource) => Promise<RecentExceptions>;

/** As long as the page keeps recent exceptions (`useRecentExceptions`): the query is a HogQL one on a shared key. */
const freshMs = 5 * 60_000;
/** Up to 10,000 events each, with every verdict worked out on them: two windows at most (say 7 and 30 days). */
const keptSets = 2;

/** The exception sets jobs ran on, fetched once per window and kept while fresh, with what was worked out on them. */
export class ExceptionSets {
  private readonly sets = new Map<string, { at: number; set: Promise<ExceptionSet> }>();

  constructor(
    private readonly fetchExceptions: FetchExceptions,
    private readonly now: () => number = Date.now,
  ) {}

  get(source: ExceptionSource): Promise<ExceptionSet> {
    const key = `${source.envId}:${source.days}:${source.limit}`;
    const known = this.sets.get(key);
    if (known && this.now() - known.at < freshMs) {
      this.sets.delete(key);
      this.sets.set(key, known);
      return known.set;
    }
    const set = this.fetchExceptions(source).then((answer) => ({ answer, table: new OutcomeTable(answer.results) }));
    this.sets.set(key, { at: this.now(), set });
    // A failed fetch is not kept: the next job asks again.
    set.catch(() => {
      if (this.sets.get(key)?.set === set) this.sets.delete(key);
    });
    if (this.sets.size > keptSets) this.sets.delete(this.sets.keys().next().value!);
    return set;
  }
}
