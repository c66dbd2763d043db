import type { ExceptionEvent } from '../../../../../contract/recent-exceptions';
import { RelativeTime } from '../../../../components/ui/relative-time';
import { shortId } from '../../../../lib/short-id';

const first = (value: unknown): string | null =>
  Array.isArray(value) && typeof value[0] === 'string' && value[0] !== '' ? value[0] : null;

export function exceptionHeadline(event: ExceptionEvent): string {
  const type = first(event.properties.$exception_types) ?? 'Exception';
  const message = first(event.properties.$exception_values);
  return message ? `${type}: ${message}` : type;
}

/** How an exception is told apart in a list: type and message, when, and its issue. */
export function ExceptionSummary({ event }: { event: ExceptionEvent }) {
  return (
    <span className="exception-summary">
      <span className="exception-summary__headline">{exceptionHeadline(event)}</span>{' '}
      <span className="exception-summary__facts">
        <RelativeTime iso={event.timestamp} />
        {event.issue_id && (
          <>
            {' · issue '}
            <code>{shortId(event.issue_id)}</code>
          </>
        )}
        {' · event '}
        <code>{shortId(event.uuid)}</code>
      </span>
    </span>
  );
}
