import type { QueryClient } from '@tanstack/react-query';
import type { Issue } from '../../../contract/issues';
import { unseenChange, type UnseenChange } from './unseen-change';
import { rereadIssue } from './reread-issue';

/** Saved; not sent because the issue is gone; or not sent because someone changed the field meanwhile. */
export type GuardedWrite<T> =
  { outcome: 'saved' } | { outcome: 'gone' } | { outcome: 'unseen'; unseen: UnseenChange<T> };

type Guard<T> = {
  /** The field's value on screen when the person made their change. */
  seen: T;
  wanted: T;
  read: (issue: Issue) => T;
  same?: (a: T, b: T) => boolean;
  write: () => Promise<unknown>;
};

/**
 * PostHog has no versions or ETags for issues: one GET just before the write is how a change made by someone else
 * is noticed instead of overwritten. The write sends only the field the person changed.
 */
export async function writeUnlessChanged<T>(
  client: QueryClient,
  envId: number,
  id: string,
  { seen, wanted, read, same, write }: Guard<T>,
): Promise<GuardedWrite<T>> {
  const issue = await rereadIssue(client, envId, id);
  if (issue === null) return { outcome: 'gone' };
  const unseen = unseenChange({ seen, wanted, fresh: read(issue) }, same);
  if (unseen) return { outcome: 'unseen', unseen };
  await write();
  return { outcome: 'saved' };
}
