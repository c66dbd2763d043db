import { randomUUID } from 'node:crypto';
import { problems } from '../http/api-error';
import { nowIso } from '../http/clock';
import type { Db } from '../store/database';
import { moveReferences } from '../store/external-references-repository';
import { fingerprintsOfIssue, moveFingerprint, moveFingerprintsOfIssues } from '../store/fingerprints-repository';
import { deleteIssues, existingIssueIds, findIssue, insertIssue } from '../store/issues-repository';

/** The target's own id is skipped, as PostHog does; any id not in this environment refuses the whole merge. */
export function mergeIssues(db: Db, teamId: number, targetId: string, ids: string[]): void {
  const sources = [...new Set(ids.map((id) => id.toLowerCase()))].filter((id) => id !== targetId);
  db.transaction(() => {
    if (!findIssue(db, teamId, targetId)) throw problems.notFound();
    const existing = existingIssueIds(db, teamId, sources);
    const unknown = sources.find((id) => !existing.has(id));
    if (unknown !== undefined) throw problems.validation(`Issue ${unknown} does not exist in this environment.`, 'ids');
    if (sources.length === 0) return;
    moveFingerprintsOfIssues(db, teamId, sources, targetId);
    moveReferences(db, teamId, sources, targetId);
    deleteIssues(db, teamId, sources);
  })();
}

export type SplitEntry = { fingerprint: string; name?: string | undefined };

export function splitIssue(db: Db, teamId: number, issueId: string, entries: SplitEntry[]): string[] {
  const unique = [...new Map(entries.map((entry) => [entry.fingerprint, entry])).values()];
  return db.transaction(() => {
    const issue = findIssue(db, teamId, issueId);
    if (!issue) throw problems.notFound();
    const held = new Map(
      fingerprintsOfIssue(
        db,
        teamId,
        issueId,
        unique.map((entry) => entry.fingerprint),
      ).map((row) => [row.fingerprint, row]),
    );
    const foreign = unique.find((entry) => !held.has(entry.fingerprint));
    if (foreign)
      throw problems.validation(`Fingerprint "${foreign.fingerprint}" does not belong to this issue.`, 'fingerprints');
    const createdAt = nowIso();
    return unique.map((entry) => {
      const fingerprint = held.get(entry.fingerprint)!;
      const id = randomUUID();
      insertIssue(db, {
        id,
        teamId,
        name: entry.name?.trim() ? entry.name : issue.name,
        description: issue.description,
        createdAt,
      });
      moveFingerprint(db, teamId, fingerprint.id, id);
      return id;
    });
  })();
}
