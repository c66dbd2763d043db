/**
 * The events of a window as the statistics need them, newest first: per event its time, uuid, issue and which
 * distinct tuple of the projected properties it holds (`tuples`, each text kept once).
 */
export type EventTableData = {
  tuples: string[];
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

export const issueKey = (issue: string | null, fingerprint: string | null, uuid: string): string =>
  issue ?? (fingerprint === null ? `event:${uuid}` : `fingerprint:${fingerprint}`);

/** Builds the table event by event; an event already added (PostHog's pages shift as events arrive) is skipped. */
export class EventTable {
  private readonly index = new Map<string, number>();
  private readonly tuples: string[] = [];
  private readonly tupleOf: number[] = [];
  private readonly times: number[] = [];
  private readonly uuids: string[] = [];
  private readonly issues: (string | null)[] = [];
  private readonly issueKeys: string[] = [];
  private readonly seen = new Set<string>();
  skipped = 0;

  add(uuid: string, time: number, issue: string | null, fingerprint: string | null, tuple: string): void {
    if (this.seen.has(uuid)) return;
    this.seen.add(uuid);
    let at = this.index.get(tuple);
    if (at === undefined) {
      at = this.tuples.length;
      this.tuples.push(tuple);
      this.index.set(tuple, at);
    }
    this.tupleOf.push(at);
    this.times.push(time);
    this.uuids.push(uuid);
    this.issues.push(issue);
    this.issueKeys.push(issueKey(issue, fingerprint, uuid));
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
