import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { PaginationBar } from './pagination-bar';
import { useListSearchParams } from './use-list-search-params';

type UrlPaginationBarProps = {
  label: string;
  shown: number;
  count: number | null;
  hasMore: boolean;
};

/** The pagination bar of a list whose page and size live in the URL (`?page=&size=`). */
export function UrlPaginationBar(props: UrlPaginationBarProps) {
  const { page, pageSize, update } = useListSearchParams();
  return (
    <PaginationBar
      {...props}
      page={page}
      pageSize={pageSize}
      onPageChange={(next) => update({ page: next })}
      onPageSizeChange={(size) => update({ size })}
    />
  );
}

/** A page number past the end of the list (an old link, or the list got shorter): offer the first page. */
export function PastLastPage({ label }: { label: string }) {
  const { page, update } = useListSearchParams();
  return (
    <EmptyState title={`There is no page ${page} of ${label}.`}>
      <Button onClick={() => update({ page: null })}>Go to the first page</Button>
    </EmptyState>
  );
}
