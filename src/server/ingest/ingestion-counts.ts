import type { Db } from '../store/database';
import { addIngestionCounts, type IngestionCount, type IngestionCounter } from '../store/ingestion-counters-repository';

/** Counts of one stretch of work, written in the same transaction as the work itself. */
export class IngestionCounts {
  private readonly counts = new Map<string, IngestionCount>();

  add(counter: IngestionCounter, detail = '', value = 1): void {
    if (value === 0) return;
    const key = `${counter}\u0000${detail}`;
    const entry = this.counts.get(key);
    if (entry) entry.value += value;
    else this.counts.set(key, { counter, detail, value });
  }

  flush(db: Db, teamId: number): void {
    if (this.counts.size === 0) return;
    addIngestionCounts(db, teamId, [...this.counts.values()]);
    this.counts.clear();
  }
}
