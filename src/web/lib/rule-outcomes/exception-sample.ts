import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import { exceptionHeadline } from '../exception-headline';

/** Enough of a stored exception to list it and link to its explanation. */
export type ExceptionSample = { uuid: string; timestamp: string; issueId: string | null; headline: string };

export const sampleOf = (event: ExceptionEvent): ExceptionSample => ({
  uuid: event.uuid,
  timestamp: event.timestamp,
  issueId: event.issue_id,
  headline: exceptionHeadline(event.properties),
});

/** The issue an exception belongs to; one not linked to any counts as its own. */
export const issueKeyOf = (event: ExceptionEvent): string => event.issue_id ?? event.fingerprint ?? event.uuid;
