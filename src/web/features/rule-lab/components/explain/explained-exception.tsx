import { EmptyState } from '../../../../components/ui/empty-state';
import { ErrorState } from '../../../../components/ui/error-state';
import { LoadingState } from '../../../../components/ui/loading-state';
import { useRecentExceptions } from '../../../../data/exceptions/get-recent-exceptions';
import { ExceptionSummary } from './exception-summary';
import { ExplainResult } from './explain-result';
import type { IssueContextChoice } from './issue-context';

/** PostHog keeps events longer, but a link to an exception is looked up in the widest window the console asks. */
const lookupDays = 90;

type ExplainedExceptionProps = { envId: number; eventId: string; issueContext: IssueContextChoice };

/** One stored exception, found by its id (a link, a bookmark), and what the rules do with it. */
export function ExplainedException({ envId, eventId, issueContext }: ExplainedExceptionProps) {
  const query = useRecentExceptions(envId, { event: eventId, days: lookupDays, limit: 1 });
  if (query.isPending) return <LoadingState label="the exception" />;
  if (query.data === undefined) {
    return (
      <ErrorState title="Could not load this exception." error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const event = query.data.results[0];
  if (!event) {
    return (
      <EmptyState title="No exception with this id in the last 90 days.">
        It may be older, or from another environment. Choose one from the list, or paste its JSON.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="explain__subject">
        <ExceptionSummary event={event} />
      </p>
      <ExplainResult
        envId={envId}
        event={{ uuid: event.uuid, properties: event.properties }}
        stored
        issueContext={issueContext}
      />
    </>
  );
}
