import { assigneeSchema, type Assignee } from '../../contract/assignee';
import type { IssueStatus } from '../../contract/issues';
import type { Json } from '../../rule-engine/types';
import type { Db } from '../store/database';
import {
  findFingerprintLink,
  insertFingerprint,
  lowerFingerprintFirstSeen,
  pointFingerprintAt,
} from '../store/fingerprints-repository';
import { insertIssue, reopenIssue } from '../store/issues-repository';
import { parseJsonObject } from '../store/json-object';
import { isJsonObject } from './raw-event';

export type LinkedIssue = {
  id: string;
  status: IssueStatus;
  name: string | null;
  description: string | null;
  assignee: Assignee | null;
  fingerprintId: string;
  firstSeen: string | null;
  /** Set on the event that created or reopened the issue: only then do assignment rules run. */
  isNew: boolean;
  reopened: boolean;
};

/** Fingerprint → issue, for one transaction: later events of the same fingerprint skip the lookup. */
export type IssueCache = Map<string, LinkedIssue>;

/** Where issues are linked; `newId` names new issues and fingerprints (random, or seeded for the demo). */
export type LinkContext = { db: Db; teamId: number; issues: IssueCache; newId: () => string };

/** cymbal names a new issue after the event's first exception: its type, and its message as the description. */
function firstException(properties: Record<string, Json>): { name: string | null; description: string | null } {
  const list = properties.$exception_list;
  const first = Array.isArray(list) ? list[0] : undefined;
  if (!isJsonObject(first)) return { name: null, description: null };
  return {
    name: typeof first.type === 'string' ? first.type : null,
    description: typeof first.value === 'string' ? first.value : null,
  };
}

function createIssue(
  { db, teamId, newId }: LinkContext,
  properties: Record<string, Json>,
  at: { now: string; seen: string },
) {
  const id = newId();
  const { name, description } = firstException(properties);
  insertIssue(db, { id, teamId, name, description, createdAt: at.now, firstSeen: at.seen });
  return { id, status: 'active' as const, name, description, assignee: null };
}

/**
 * The issue an event's fingerprint belongs to, created (status active) when the fingerprint is new, and reopened
 * when it was resolved (cymbal's `resolve_issue` / `maybe_reopen`).
 */
export function linkIssue(
  context: LinkContext,
  fingerprint: string,
  properties: Record<string, Json>,
  at: { now: string; seen: string },
): LinkedIssue {
  const { db, teamId, issues: cache } = context;
  let linked = cache.get(fingerprint);
  if (linked) {
    linked = { ...linked, isNew: false, reopened: false };
  } else {
    const found = findFingerprintLink(db, teamId, fingerprint);
    if (found === null) {
      const issue = createIssue(context, properties, at);
      const fingerprintId = context.newId();
      insertFingerprint(db, {
        id: fingerprintId,
        teamId,
        fingerprint,
        issueId: issue.id,
        createdAt: at.now,
        firstSeen: at.seen,
      });
      linked = { ...issue, fingerprintId, firstSeen: at.seen, isNew: true, reopened: false };
    } else if (found.issue === null) {
      // The fingerprint points at an issue that is gone: it gets a new one.
      const issue = createIssue(context, properties, at);
      pointFingerprintAt(db, teamId, found.fingerprintId, issue.id);
      linked = {
        ...issue,
        fingerprintId: found.fingerprintId,
        firstSeen: found.firstSeen,
        isNew: true,
        reopened: false,
      };
    } else {
      const assignee = assigneeSchema.safeParse(parseJsonObject(found.issue.assignee));
      linked = {
        ...found.issue,
        assignee: assignee.success ? assignee.data : null,
        fingerprintId: found.fingerprintId,
        firstSeen: found.firstSeen,
        isNew: false,
        reopened: false,
      };
    }
  }
  if (linked.firstSeen === null || at.seen < linked.firstSeen) {
    lowerFingerprintFirstSeen(db, teamId, linked.fingerprintId, at.seen);
    linked.firstSeen = at.seen;
  }
  if (linked.status === 'resolved') {
    reopenIssue(db, teamId, linked.id);
    linked = { ...linked, status: 'active', reopened: true };
  }
  cache.set(fingerprint, linked);
  return linked;
}
