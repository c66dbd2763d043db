import { createHash } from 'node:crypto';
import type { RuleStats } from '../../../contract/rule-stats';
import type { EngineRules } from '../../../rule-engine';

/** How long an answer is served again while the rules stay the same: new exceptions arrive all the time. */
const freshMs = 30_000;

/** The rules as they decide: any change to one (filters, order, rate, assignee, disabled) changes it. */
export const rulesFingerprint = (rules: EngineRules): string =>
  createHash('sha256').update(JSON.stringify(rules)).digest('hex');

type Entry = { fingerprint: string; at: number; stats: Promise<RuleStats> };

/**
 * The last statistics of each environment and window, for a short time and only while the rules are the ones they
 * were computed for: a change to the rules replaces the entry. A computation under way is shared, one that failed
 * is forgotten.
 */
export class StatsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  get(scope: string, fingerprint: string, compute: () => Promise<RuleStats>): Promise<RuleStats> {
    const found = this.entries.get(scope);
    if (found && found.fingerprint === fingerprint && this.now() - found.at < freshMs) return found.stats;
    const entry: Entry = { fingerprint, at: this.now(), stats: compute() };
    this.entries.set(scope, entry);
    entry.stats.catch(() => {
      if (this.entries.get(scope) === entry) this.entries.delete(scope);
    });
    return entry.stats;
  }
}
