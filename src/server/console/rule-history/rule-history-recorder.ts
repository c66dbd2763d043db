import type { HistoryAction, HistoryActor, RuleSnapshot } from '../../../contract/rule-history';
import type { RuleKind } from '../../../contract/rules';
import type { Db } from '../../store/database';
import { latestSnapshot, recordHistoryEntry, type NewHistoryEntry } from '../../store/rule-history-repository';
import { EnvironmentLock } from './environment-lock';
import { readRuleState, type RuleLists, type RuleStateSource } from './rule-state-source';
import { sameState, snapshotChanges } from './snapshot-changes';

export type WriteRecord = { actor: HistoryActor; action: HistoryAction; planLabel: string | null };

const outsideActor: HistoryActor = { type: 'outside', name: null };

/** The first state an environment is seen in: nobody the console saw, nothing changed yet. */
export const baselineEntry: NewHistoryEntry = {
  actor: outsideActor,
  action: 'baseline',
  kinds: [],
  ruleIds: [],
  planLabel: null,
};

function withList<K extends RuleKind>(lists: RuleLists, kind: K, list: RuleLists[K]): RuleLists {
  const copy = { ...lists };
  copy[kind] = list;
  return copy;
}

/**
 * Records an environment's rule history: an entry per console write, and one for any state the console finds that
 * it did not write ("outside", or the first one seen: "baseline"). Everything of one environment runs in turn, so
 * a write's entry holds exactly the state it left.
 */
export class RuleHistoryRecorder {
  private readonly lock = new EnvironmentLock();

  constructor(
    private readonly db: Db,
    private readonly source: RuleStateSource,
    private readonly entriesKept: number,
  ) {}

  /** Reads the environment now and records its state if history does not have it yet. */
  recordCurrentState(teamId: number): Promise<void> {
    return this.lock.run(teamId, async () => {
      this.recordFoundState(teamId, await readRuleState(this.source, teamId));
    });
  }

  /**
   * Runs a write of `kind`: the kind's list is read before it (the one list a write can change), the three after.
   * A pre-write state history does not have is recorded first, so the write's entry never takes in someone else's
   * change. `describe` answers null when the write did not happen.
   */
  aroundWrite(
    teamId: number,
    kind: RuleKind,
    write: () => Promise<void>,
    describe: () => WriteRecord | null,
  ): Promise<void> {
    return this.lock.run(teamId, async () => {
      const before = await this.source.readKind(teamId, kind).catch((err: unknown) => {
        console.error('Rule history: could not read the rules before a write', err);
        return null;
      });
      await write();
      const record = describe();
      if (record === null) return;
      let after: RuleLists;
      try {
        after = await readRuleState(this.source, teamId);
      } catch (err) {
        console.error('Rule history: could not read the rules after a write', err);
        return;
      }
      const last = latestSnapshot(this.db, teamId);
      const previousList = before ?? last?.[kind];
      // The other kinds' lists are as the write found them: it changes its own kind only.
      const previous = previousList === undefined ? null : withList(after, kind, previousList);
      if (previous === null) {
        this.recordFoundState(teamId, after);
        return;
      }
      this.recordFoundState(teamId, previous, last);
      if (sameState(previous, after)) return;
      const { kinds, ruleIds } = snapshotChanges(previous, after);
      recordHistoryEntry(this.db, teamId, { ...record, kinds, ruleIds }, after, this.entriesKept);
    });
  }

  private recordFoundState(
    teamId: number,
    state: RuleSnapshot,
    last: RuleSnapshot | null = latestSnapshot(this.db, teamId),
  ): void {
    if (last === null) {
      recordHistoryEntry(this.db, teamId, baselineEntry, state, this.entriesKept);
      return;
    }
    const { kinds, ruleIds } = snapshotChanges(last, state);
    if (kinds.length === 0) return;
    const outside = { actor: outsideActor, action: 'outside' as const, kinds, ruleIds, planLabel: null };
    recordHistoryEntry(this.db, teamId, outside, state, this.entriesKept);
  }
}
