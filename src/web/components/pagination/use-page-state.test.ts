import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPageSize } from './page-params';
import { usePageState } from './use-page-state';

describe('usePageState', () => {
  it('starts on page 1, pages, and goes back to page 1 when the page size changes', () => {
    const { result } = renderHook(() => usePageState());
    expect(result.current).toMatchObject({ page: 1, pageSize: defaultPageSize });
    act(() => result.current.onPageChange(3));
    expect(result.current).toMatchObject({ page: 3, pageSize: defaultPageSize });
    act(() => result.current.onPageSizeChange(50));
    expect(result.current).toMatchObject({ page: 1, pageSize: 50 });
    act(() => result.current.onPageChange(2));
    expect(result.current).toMatchObject({ page: 2, pageSize: 50 });
  });
});
