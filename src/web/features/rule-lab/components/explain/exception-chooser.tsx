import { useEffect } from 'react';
import { Link } from 'react-router';
import { exceptionWindowDays, type ExceptionEvent } from '../../../../../contract/recent-exceptions';
import { EmptyState } from '../../../../components/ui/empty-state';
import { ErrorState } from '../../../../components/ui/error-state';
import { Field } from '../../../../components/ui/field';
import { FilterBar } from '../../../../components/ui/filter-bar';
import { LoadingState } from '../../../../components/ui/loading-state';
import { SearchField } from '../../../../components/ui/search-field';
import { Select } from '../../../../components/ui/select';
import { lacksQueryScope, useRecentExceptions } from '../../../../data/exceptions/get-recent-exceptions';
import { ExceptionSummary } from './exception-summary';

/** How many recent exceptions the chooser lists: enough to find one, few enough to read. */
export const listedExceptions = 50;

const windowOptions = exceptionWindowDays.map((days) => ({
  value: String(days),
  label: days === 1 ? 'Last 24 hours' : `Last ${days} days`,
}));

type ExceptionChooserProps = {
  envId: number;
  days: number;
  search: string;
  issueId: string | null;
  selectedId: string | null;
  /** The link to an exception, keeping the rest of the page's state. */
  hrefOf: (event: ExceptionEvent) => string;
  onFilters: (changes: { days?: number; q?: string }) => void;
  /** Called with the oldest exception listed, once, when none is chosen yet (an issue's "why?" link). */
  onOldest?: (event: ExceptionEvent) => void;
};

/** Recent exceptions to explain, searched by type, message, file or function; each a link, so a choice is a URL. */
export function ExceptionChooser({
  envId,
  days,
  search,
  issueId,
  selectedId,
  hrefOf,
  onFilters,
  onOldest,
}: ExceptionChooserProps) {
  const query = useRecentExceptions(envId, {
    days,
    limit: listedExceptions,
    search: search || undefined,
    issue: issueId ?? undefined,
  });
  const oldest = query.data?.results.at(-1);
  useEffect(() => {
    if (oldest && onOldest) onOldest(oldest);
  }, [oldest, onOldest]);
  return (
    <section className="exception-chooser" aria-labelledby="exception-chooser-heading">
      <h2 id="exception-chooser-heading">Recent exceptions</h2>
      <FilterBar label="Find an exception">
        <SearchField
          label="Search"
          placeholder="TypeError, checkout.ts…"
          value={search}
          onSearch={(q) => onFilters({ q: q.trim() })}
        />
        <Field label="Seen in">
          {(control) => (
            <Select
              {...control}
              value={String(days)}
              options={windowOptions}
              onChange={(value) => onFilters({ days: Number(value) })}
            />
          )}
        </Field>
      </FilterBar>
      {query.isPending ? (
        <LoadingState label="recent exceptions" />
      ) : query.data === undefined ? (
        lacksQueryScope(query.error) ? (
          <p className="notice">
            This API key lacks the query:read scope, so recent exceptions cannot be read. Paste an event’s JSON below
            instead.
          </p>
        ) : (
          <ErrorState
            title="Could not load recent exceptions."
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )
      ) : query.data.results.length === 0 ? (
        <EmptyState title="No exceptions match in this window.">
          Widen the window, change the search, or paste an event.
        </EmptyState>
      ) : (
        <ul className="exception-chooser__list" aria-label="Recent exceptions">
          {query.data.results.map((event) => (
            <li key={event.uuid}>
              <Link
                to={hrefOf(event)}
                className="exception-chooser__item"
                aria-current={event.uuid === selectedId ? 'true' : undefined}
              >
                <ExceptionSummary event={event} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
