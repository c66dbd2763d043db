import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import type { StoredFilterGroup as FilterGroup } from '../../../contract/stored-filters';
import { FilterBuilder, type FilterBuilderProps } from './filter-builder';

type Extra = Partial<Omit<FilterBuilderProps, 'value' | 'onChange'>>;

export function renderFilterBuilder(initial: FilterGroup, props: Extra = {}, options: RenderOptions = {}) {
  const onChange = vi.fn<(value: FilterGroup) => void>();
  function Parent() {
    const [value, setValue] = useState(initial);
    const change = (next: FilterGroup) => {
      setValue(next);
      onChange(next);
    };
    return <FilterBuilder idPrefix="rule" {...props} value={value} onChange={change} />;
  }
  const user = userEvent.setup();
  const view = render(<Parent />, options);
  const lastValue = () => {
    const value = onChange.mock.lastCall?.[0];
    if (!value) throw new Error('onChange was never called');
    return value;
  };
  return { ...view, user, onChange, lastValue };
}
