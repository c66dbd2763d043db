/**
 * The events of a window as the statistics need them: per event its time, uuid, issue and which distinct
 * combination of the projection's columns it holds (`tuples`, each kept once), newest first as read.
 */
export type EventTableData = {
  tuples: (string | null)[][];
  tupleOf: Int32Array;
  times: Float64Array;
  uuids: string[];
  /** The issue the event belongs to now, or null. */
  issues: (string | null)[];
  /** Which events share an issue: the issue, else the stored fingerprint, else the event itself. */
  issueKeys: string[];
  skipped: number;
  capped: boolean;
};

export class EventTable {
  private readonly index = new Map<string, number>();
  private readonly tuples: (string | null)[][] = [];
  private readonly tupleOf: number[] = [];
  private readonly times: number[] = [];
  private readonly uuids: string[] = [];
  private readonly issues: (string | null)[] = [];
  private readonly issueKeys: string[] = [];
  private readonly seen = new Set<string>();
  skipped = 0;

  get size(): number {
    return this.uuids.length;
  }

  /** False for an event already added (pages of PostHog's answer may overlap while new events arrive). */
  add(uuid: string, time: number, issue: string | null, fingerprint: string | null, columns: (string | null)[]) {
    if (this.seen.has(uuid)) return false;
    this.seen.add(uuid);
    // JSON text never holds a raw NUL, and a missing value ('') is no JSON text.
    const key = columns.map((column) => column ?? '').join('\u0000');
    let tuple = this.index.get(key);
    if (tuple === undefined) {
      tuple = this.tuples.length;
      this.tuples.push(columns);
      this.index.set(key, tuple);
    }
    this.tupleOf.push(tuple);
    this.times.push(time);
    this.uuids.push(uuid);
    this.issues.push(issue);
    this.issueKeys.push(issue ?? (fingerprint === null ? `event:${uuid}` : `fingerprint:${fingerprint}`));
    return true;
  }

  data(capped: boolean): EventTableData {
    return {
      tuples: this.tuples,
      tupleOf: Int32Array.from(this.tupleOf),
      times: Float64Array.from(this.times),
      uuids: this.uuids,
      issues: this.issues,
      issueKeys: this.issueKeys,
      skipped: this.skipped,
      capped,
    };
  }
}
