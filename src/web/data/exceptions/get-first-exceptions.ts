import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  firstExceptionsSchema,
  maxFirstExceptionDays,
  maxFirstExceptionIssues,
} from '../../../contract/first-exceptions';
import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { exceptionQueryPolicy } from './exception-query-policy';
import { exceptionKeys, firstExceptionsPath } from './keys';

/** An issue as far as its first exception goes: its id, and when it was first seen (which bounds the window). */
export type IssueSeen = { id: string; first_seen?: string | null };

export type FirstExceptionsOf = {
  /** Each issue's earliest stored event; an issue without one in the window is missing. */
  events: ReadonlyMap<string, ExceptionEvent>;
  /** Rows PostHog sent that could not be read: their issues are missing too. */
  skipped: number;
};

const dayMs = 86_400_000;

/** The days back to the oldest first sighting, and one more: an event is never older than its issue's first_seen. */
export function firstExceptionsWindow(issues: readonly IssueSeen[], now = Date.now()): number {
  const times = issues.map((issue) => Date.parse(issue.first_seen ?? ''));
  if (times.some(Number.isNaN)) return maxFirstExceptionDays;
  const days = Math.ceil((now - Math.min(...times)) / dayMs) + 1;
  return Math.min(Math.max(days, 1), maxFirstExceptionDays);
}

function batchesOf(issues: readonly IssueSeen[]): IssueSeen[][] {
  // Sorted by first sighting, each batch's window stays as short as its own oldest issue allows.
  const sorted = issues.toSorted((a, b) => (a.first_seen ?? '').localeCompare(b.first_seen ?? ''));
  const batches: IssueSeen[][] = [];
  for (let at = 0; at < sorted.length; at += maxFirstExceptionIssues) {
    batches.push(sorted.slice(at, at + maxFirstExceptionIssues));
  }
  return batches;
}

/** One query per 100 issues, one after another: each is a HogQL query on the key everyone shares. */
export async function getFirstExceptions(
  envId: number,
  issues: readonly IssueSeen[],
  signal?: AbortSignal,
): Promise<FirstExceptionsOf> {
  const events = new Map<string, ExceptionEvent>();
  let skipped = 0;
  for (const batch of batchesOf(issues)) {
    const path = withQuery(firstExceptionsPath(envId), {
      issues: batch.map((issue) => issue.id).join(','),
      days: firstExceptionsWindow(batch),
    });
    const answer = await api.get(path, firstExceptionsSchema, { signal });
    skipped += answer.skipped;
    for (const event of answer.results) if (event.issue_id !== null) events.set(event.issue_id, event);
  }
  return { events, skipped };
}

export const firstExceptionsQueryOptions = (envId: number, issues: readonly IssueSeen[]) =>
  queryOptions({
    queryKey: exceptionKeys.first(
      envId,
      issues.map((issue) => issue.id),
    ),
    queryFn: ({ signal }) => getFirstExceptions(envId, issues, signal),
    ...exceptionQueryPolicy,
  });

export const useFirstExceptions = (envId: number, issues: readonly IssueSeen[], { enabled = true } = {}) =>
  useQuery({ ...firstExceptionsQueryOptions(envId, issues), enabled: enabled && issues.length > 0 });
