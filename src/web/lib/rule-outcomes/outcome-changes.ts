import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import { issueKeyOf, sampleOf, type ExceptionSample } from './exception-sample';
import { effectOf, outcomeKey, type Outcome } from './outcome';

export type OutcomeTransition = { from: Outcome; to: Outcome; exceptions: number; issues: number };
export type ChangedException = ExceptionSample & { from: Outcome; to: Outcome };
/** A rule a change makes cymbal reach on exceptions its filters cannot be evaluated on: it would be disabled. */
export type RuleDisabled = { ruleId: string; exceptions: number; message: string | null };

export type OutcomeChanges = {
  /** Exceptions whose outcome changes, and the issues they are in. */
  exceptions: number;
  issues: number;
  /** Most exceptions first. */
  transitions: OutcomeTransition[];
  /** The most recent of the changed exceptions. */
  listed: ChangedException[];
  /** The same outcome by another rule (dropped by B instead of A). */
  reattributed: number;
  disables: RuleDisabled[];
};

export const listedChanges = 50;

/** Whether the person should look before saving: an outcome changes, or a rule would be disabled. */
export const changesAnything = (changes: OutcomeChanges) => changes.exceptions > 0 || changes.disables.length > 0;

/** Counts, per exception, how its outcome before compares with its outcome after. */
export class ChangeCollector {
  private exceptions = 0;
  private readonly issues = new Set<string>();
  private readonly transitions = new Map<
    string,
    { from: Outcome; to: Outcome; exceptions: number; issues: Set<string> }
  >();
  private readonly listed: ChangedException[] = [];
  private reattributed = 0;
  private readonly disables = new Map<string, { exceptions: number; message: string | null }>();

  compare(event: ExceptionEvent, before: Outcome, after: Outcome): void {
    if (effectOf(before) === effectOf(after)) {
      if (outcomeKey(before) !== outcomeKey(after)) this.reattributed++;
      return;
    }
    const issue = issueKeyOf(event);
    this.exceptions++;
    this.issues.add(issue);
    const key = `${outcomeKey(before)}\u0000${outcomeKey(after)}`;
    let transition = this.transitions.get(key);
    if (!transition) {
      transition = { from: before, to: after, exceptions: 0, issues: new Set() };
      this.transitions.set(key, transition);
    }
    transition.exceptions++;
    transition.issues.add(issue);
    if (this.listed.length < listedChanges) this.listed.push({ ...sampleOf(event), from: before, to: after });
  }

  /** Rules reached after the change, and not before it, whose evaluation errors on this exception. */
  disabled(ruleIds: readonly string[], messageOf: (ruleId: string) => string | null): void {
    for (const ruleId of ruleIds) {
      const known = this.disables.get(ruleId) ?? { exceptions: 0, message: messageOf(ruleId) };
      known.exceptions++;
      this.disables.set(ruleId, known);
    }
  }

  result(): OutcomeChanges {
    return {
      exceptions: this.exceptions,
      issues: this.issues.size,
      transitions: [...this.transitions.values()]
        .map(({ from, to, exceptions, issues }) => ({ from, to, exceptions, issues: issues.size }))
        .sort((a, b) => b.exceptions - a.exceptions),
      listed: this.listed,
      reattributed: this.reattributed,
      disables: [...this.disables].map(([ruleId, { exceptions, message }]) => ({ ruleId, exceptions, message })),
    };
  }
}
