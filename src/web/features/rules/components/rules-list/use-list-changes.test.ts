import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markOwnWrite } from '../../../../data/rules/own-list-writes';
import { changeHighlightMs, useListChanges } from './use-list-changes';

type Rule = { id: string };
const rules = (ids: string): Rule[] => [...ids].map((id) => ({ id }));

function renderChanges(initial: Rule[]) {
  const view = renderHook(({ list }) => useListChanges(list), { initialProps: { list: initial } });
  const show = (list: Rule[]) => view.rerender({ list });
  const marks = () => {
    const changes = view.result.current;
    return changes && { rows: Object.fromEntries(changes.rows), removed: changes.removed.map((rule) => rule.id) };
  };
  return { show, marks };
}

afterEach(() => vi.useRealTimers());

describe('useListChanges', () => {
  it('marks nothing on the first list, nor on a copy of the same order', () => {
    const { show, marks } = renderChanges(rules('abc'));
    expect(marks()).toBeNull();
    show(rules('abc'));
    expect(marks()).toBeNull();
  });

  it('marks what a list from the server changed: moved and added rows, and the removed ones', () => {
    const { show, marks } = renderChanges(rules('abcd'));
    show(rules('dabx'));
    expect(marks()).toEqual({ rows: { d: 'moved', x: 'added' }, removed: ['c'] });
  });

  it('marks nothing for an order this tab put on screen itself', () => {
    // Own orders are remembered by content for the whole run: rules of their own.
    const { show, marks } = renderChanges(rules('xyz'));
    show(markOwnWrite(rules('zxy')));
    expect(marks()).toBeNull();
  });

  it('compares each list with the one drawn before it: a later change replaces the marks', () => {
    const { show, marks } = renderChanges(rules('abc'));
    show(rules('cab'));
    show(rules('cba'));
    expect(marks()).toEqual({ rows: { b: 'moved' }, removed: [] });
  });

  it('keeps the marks while lists without changes, or of this tab’s own, arrive', () => {
    const { show, marks } = renderChanges(rules('mno'));
    show(rules('omn'));
    show(rules('omn'));
    show(markOwnWrite(rules('onm')));
    expect(marks()).toEqual({ rows: { o: 'moved' }, removed: [] });
  });

  it('lets the marks fade after a while', () => {
    vi.useFakeTimers();
    const { show, marks } = renderChanges(rules('abc'));
    show(rules('bca'));
    act(() => vi.advanceTimersByTime(changeHighlightMs - 1));
    expect(marks()).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(marks()).toBeNull();
  });
});
