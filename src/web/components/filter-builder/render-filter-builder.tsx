import { act, render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import type { StoredFilterGroup as FilterGroup } from '../../../contract/stored-filters';
import { FilterBuilder, type FilterBuilderProps } from './filter-builder';
import { validateFilterGroup } from './filter-form-schema';
import { noUntouchedControls } from './untouched-controls';

type Extra = Partial<Omit<FilterBuilderProps, 'value' | 'onChange'>> & {
  /** As the rule form runs it: every change checked by the form schema, new rows' errors held back until left. */
  validated?: boolean;
};

export function renderFilterBuilder(initial: FilterGroup, props: Extra = {}, options: RenderOptions = {}) {
  const onChange = vi.fn<(value: FilterGroup) => void>();
  const { validated, ...builderProps } = props;
  let attemptSave = () => {};
  function Parent() {
    const [value, setValue] = useState(initial);
    const [untouched, setUntouched] = useState(noUntouchedControls);
    attemptSave = () => setUntouched(noUntouchedControls);
    const change = (next: FilterGroup) => {
      setValue(next);
      onChange(next);
    };
    const checks = validated ? { errors: validateFilterGroup(value), untouched, onUntouchedChange: setUntouched } : {};
    return <FilterBuilder idPrefix="rule" {...builderProps} {...checks} value={value} onChange={change} />;
  }
  const user = userEvent.setup();
  const view = render(<Parent />, options);
  const lastValue = () => {
    const value = onChange.mock.lastCall?.[0];
    if (!value) throw new Error('onChange was never called');
    return value;
  };
  /** What pressing Save does to a `validated` builder: every message shows. */
  const trySave = () => act(() => attemptSave());
  return { ...view, user, onChange, lastValue, trySave };
}
