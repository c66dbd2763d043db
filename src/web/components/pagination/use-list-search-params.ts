import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { withParamChanges, type ParamChanges } from '../../lib/with-param-changes';
import { defaultPageSize, readPage, readPageSize } from './page-params';

export type { ParamChanges };

/**
 * A paginated list's state in the URL (so it survives reload and can be shared): `page`, `size` and the list's own
 * filters. Changing a filter or the page size goes back to page 1; paging adds a history entry, typing does not.
 */
export function useListSearchParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: ParamChanges, { replace = false }: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = withParamChanges(current, changes);
          if (!('page' in changes)) next.delete('page');
          if (next.get('page') === '1') next.delete('page');
          if (next.get('size') === String(defaultPageSize)) next.delete('size');
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );
  return { params, page: readPage(params), pageSize: readPageSize(params), update };
}
