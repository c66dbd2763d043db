import type { QueryClient } from '@tanstack/react-query';
import type { Issue } from '../../../contract/issues';
import { unseenChange, type UnseenChange } from './unseen-change';
import { rereadIssue } from './reread-issue';

export type GuardedWrite<T> =
  { outcome: 'saved' } | { outcome: 'gone' } | { outcome: 'unseen'; unseen: UnseenChange<T> };

type Guard<T> = {
  seen: T;
  wanted: T;
  read: (issue: Issue) => T;
  same?: (a: T, b: T) => boolean;
  write: () => Promise<unknown>;
};

/** PostHog has no versions or ETags for issues: a GET just before the write notices someone else's change. */
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
