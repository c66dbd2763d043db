import { countOf } from '../../../../lib/format';
import type { ReapplyData } from './use-reapply-candidates';

/** What the view could not do: issues past the limit, unfiltered pages, rules or exceptions it could not read. */
export function ReapplyNotices({ data }: { data: Extract<ReapplyData, { status: 'ready' }> }) {
  const { scan, unreadableRules, skippedEvents } = data;
  return (
    <>
      {scan.limited && (
        <p className="notice" role="note">
          This PostHog cannot filter issues through the API (that needs a newer PostHog): the issues were read
          unfiltered and checked here by status and assignee; a search text is not applied.
        </p>
      )}
      {!scan.complete && (
        <p className="notice" role="note">
          Only the first {countOf(scan.checked, 'issue')} were checked. Apply these, then load the page again for the
          rest.
        </p>
      )}
      {unreadableRules > 0 && (
        <p className="notice reapply-notice--warning" role="note">
          {countOf(unreadableRules, 'assignment rule')} could not be read. PostHog still runs{' '}
          {unreadableRules === 1 ? 'it' : 'them'}, so {unreadableRules === 1 ? 'it runs' : 'they run'} here as PostHog
          sent {unreadableRules === 1 ? 'it' : 'them'}, and a pick by one is named by its id only.
        </p>
      )}
      {skippedEvents > 0 && (
        <p className="notice" role="note">
          {countOf(skippedEvents, 'first exception')} PostHog sent could not be read:{' '}
          {skippedEvents === 1 ? 'its issue shows' : 'their issues show'} as not evaluated.
        </p>
      )}
    </>
  );
}
