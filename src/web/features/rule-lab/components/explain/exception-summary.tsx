import type { ExceptionEvent } from '../../../../../contract/recent-exceptions';
import { RelativeTime } from '../../../../components/ui/relative-time';
import { exceptionHeadline } from '../../../../lib/exception-headline';
import { shortId } from '../../../../lib/short-id';

/** How an exception is told apart in a list: type and message, when, and its issue. */
export function ExceptionSummary({ event }: { event: ExceptionEvent }) {
  return (
    <span className="exception-summary">
      <span className="exception-summary__headline">{exceptionHeadline(event.properties)}</span>{' '}
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
