import { issueKeyOf } from './exception-sample';
import { progressEvery, type Job } from './job-progress';
import type { Lane, OutcomeTable } from './outcome-table';

/**
 * Each issue's first exception here that suppression keeps: the one that would have opened it, the only one
 * assignment rules run on (PostHog assigns an issue when it is created). The issue may be older than the window;
 * then this is only its first exception in the window.
 */
export function* issueOpeners(table: OutcomeTable, suppression: Lane<'suppression'>): Job<Uint8Array> {
  const first = new Map<string, number>();
  for (let index = 0; index < table.size; index++) {
    if ((index & (progressEvery - 1)) === 0) yield { phase: 'openers', done: index, total: table.size };
    if (table.winner(suppression, index) !== -1) continue;
    const key = issueKeyOf(table.events[index]!);
    const known = first.get(key);
    // Events come newest first: on equal times the later one in the list is the older.
    if (known === undefined || table.time(index) <= table.time(known)) first.set(key, index);
  }
  const openers = new Uint8Array(table.size);
  for (const index of first.values()) openers[index] = 1;
  return openers;
}
