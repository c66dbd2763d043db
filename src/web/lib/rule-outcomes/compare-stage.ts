import { ChangeCollector, type OutcomeChanges } from './outcome-changes';
import { outcomeOf } from './outcome';
import { progressEvery, type Job } from './job-progress';
import type { OutcomeTable } from './outcome-table';
import { reaches, type StageChange } from './stage-lanes';

/** The winners' places in the lanes before and after, for an exception the stage reaches; null when it does not. */
export type Winners = { before: number; after: number } | null;

function newlyErrored(table: OutcomeTable, change: StageChange, index: number, winners: NonNullable<Winners>) {
  const after = table.erroredBefore(change.after, index, winners.after);
  if (after.length === 0) return after;
  const before = new Set(table.erroredBefore(change.before, index, winners.before));
  return after.filter((id) => !before.has(id));
}

/**
 * Every exception's outcome at the stage before and after the change, compared; `visit` sees each exception with
 * the winners, for counts of its own.
 */
export function* compareStage(
  table: OutcomeTable,
  change: StageChange,
  visit?: (index: number, winners: Winners) => void,
): Job<OutcomeChanges> {
  const changes = new ChangeCollector();
  const messageOf = (ruleId: string) => {
    const at = change.after.rules.findIndex((rule) => String(rule.id) === ruleId);
    return at === -1 ? null : table.errorOf(change.after, at);
  };
  for (let index = 0; index < table.size; index++) {
    if ((index & (progressEvery - 1)) === 0) yield { phase: 'outcomes', done: index, total: table.size };
    if (!reaches(change, index)) {
      visit?.(index, null);
      continue;
    }
    const winners = { before: table.winner(change.before, index), after: table.winner(change.after, index) };
    const event = table.events[index]!;
    changes.compare(
      event,
      outcomeOf(table, change.before, winners.before, index),
      outcomeOf(table, change.after, winners.after, index),
    );
    const errored = newlyErrored(table, change, index, winners);
    if (errored.length > 0) changes.disabled(errored, messageOf);
    visit?.(index, winners);
  }
  return changes.result();
}
