import { useState } from 'react';
import { defaultPageSize, type PageSize } from './page-params';

/**
 * The page and page size of a list inside a page whose URL says something else (an issue's fingerprints), for
 * `PaginationBar`. As with `useListSearchParams`, changing the page size goes back to page 1.
 */
export function usePageState() {
  const [state, setState] = useState<{ page: number; pageSize: PageSize }>({ page: 1, pageSize: defaultPageSize });
  return {
    ...state,
    onPageChange: (page: number) => setState((current) => ({ ...current, page })),
    onPageSizeChange: (pageSize: PageSize) => setState({ page: 1, pageSize }),
  };
}
