import { useId } from 'react';
import { capitalize, formatCount } from '../../lib/format';
import { Button } from '../ui/button';
import { Select } from '../ui/select';
import { pageSizes, type PageSize } from './page-params';
import './pagination-bar.css';

export type PaginationBarProps = {
  /** What is listed, plural: "issues". Names the navigation landmark and the page size control. */
  label: string;
  page: number;
  pageSize: PageSize;
  /** Items on this page. */
  shown: number;
  /** Items in the whole list; null when the server does not say (then `hasMore` decides Next). */
  count: number | null;
  hasMore: boolean;
  onPageChange: (page: number) => void;
  onPageSizeChange: (size: PageSize) => void;
};

const sizeOptions = pageSizes.map((size) => ({ value: String(size), label: String(size) }));

/** "Showing 26–50 of 62", Previous / Next and the page size, under a server-paginated list. */
export function PaginationBar(props: PaginationBarProps) {
  const { label, page, pageSize, shown, count, hasMore } = props;
  const sizeId = useId();
  const first = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + shown;
  const range = shown === 0 ? 'Nothing on this page' : `Showing ${formatCount(first)}–${formatCount(last)}`;
  // Without a count (PostHog's issue query says only whether there is more), say "more" rather than guess a total.
  const summary =
    count !== null
      ? `${range} of ${formatCount(count)}`
      : hasMore && shown > 0
        ? `${range}, more on the next page`
        : range;
  const hasNext = count === null ? hasMore : last < count;

  return (
    <nav className="pagination" aria-label={`Pages of ${label}`}>
      <p className="pagination__summary" role="status">
        {summary}
      </p>
      <div className="pagination__controls">
        <Button size="small" disabled={page <= 1} onClick={() => props.onPageChange(page - 1)}>
          Previous
        </Button>
        <span className="pagination__page">Page {formatCount(page)}</span>
        <Button size="small" disabled={!hasNext} onClick={() => props.onPageChange(page + 1)}>
          Next
        </Button>
        <span className="field--inline">
          <label htmlFor={sizeId}>{`${capitalize(label)} per page`}</label>
          <Select
            id={sizeId}
            className="pagination__size"
            options={sizeOptions}
            value={String(pageSize)}
            onChange={(size) => {
              const chosen = pageSizes.find((candidate) => String(candidate) === size);
              if (chosen) props.onPageSizeChange(chosen);
            }}
          />
        </span>
      </div>
    </nav>
  );
}
