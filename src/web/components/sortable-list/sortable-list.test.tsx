import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Move } from './move-item';
import { SortableList } from './sortable-list';
import type { RenderItemState } from './sortable-row';

type Item = { id: string; name: string };
const initial: Item[] = ['TypeError', 'RangeError', 'Chrome noise', 'Timeouts'].map((name, i) => ({
  id: `r${i + 1}`,
  name,
}));

const renderItem = (item: Item, { index, handle }: RenderItemState) => (
  <div>
    {handle}
    <span>
      {index + 1}. {item.name}
    </span>
  </div>
);

function Harness(props: { onReorder: (ids: string[], moved: Move) => void; disabled?: string }) {
  return (
    <StrictMode>
      <ControlledList {...props} />
    </StrictMode>
  );
}

function ControlledList({
  onReorder,
  disabled,
}: {
  onReorder: (ids: string[], moved: Move) => void;
  disabled?: string;
}) {
  const [items, setItems] = useState(initial);
  return (
    <SortableList
      items={items}
      getId={(item) => item.id}
      getLabel={(item, index) => `rule ${index + 1}: ${item.name}`}
      label="Rules, in evaluation order"
      disabled={disabled}
      renderItem={renderItem}
      onReorder={(ids, moved) => {
        onReorder(ids, moved);
        setItems(ids.map((id) => initial.find((item) => item.id === id)!));
      }}
    />
  );
}

// jsdom lays nothing out; give every row a 40 px slot by its place in the list so the keyboard sensor can
// find the row below.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const row = this.closest('li');
    if (!row?.parentElement) return new DOMRect(0, 0, 800, 400);
    return new DOMRect(0, Array.prototype.indexOf.call(row.parentElement.children, row) * 40, 800, 40);
  });
});

const liveRegion = () => document.querySelector('[id^="DndLiveRegion"]')!;
const rowTexts = () =>
  within(screen.getByRole('list', { name: 'Rules, in evaluation order' }))
    .getAllByRole('listitem')
    .map((row) => row.textContent);

describe('SortableList', () => {
  it('names each handle after its item and points it at the instructions', () => {
    render(<Harness onReorder={vi.fn()} />);

    const handle = screen.getByRole('button', { name: 'Reorder rule 3: Chrome noise' });
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    expect(handle).not.toHaveAttribute('aria-disabled');
    expect(handle).toHaveAccessibleDescription(/press Space or Enter to pick the item up/);
    expect(screen.getAllByRole('button', { name: /^Reorder rule/ })).toHaveLength(4);
  });

  it('reorders with the keyboard: Space lifts, ArrowDown moves, Space drops, with announcements', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);
    const handle = screen.getByRole('button', { name: 'Reorder rule 2: RangeError' });

    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
    expect(liveRegion()).toHaveTextContent('Picked up rule 2: RangeError. Position 2 of 4.');

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Rule 2: RangeError moved to position 3 of 4.'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Rule 2: RangeError moved to position 4 of 4.'));
    await user.keyboard(' ');

    await waitFor(() => expect(liveRegion()).toHaveTextContent('Rule 2: RangeError dropped at position 4 of 4.'));
    expect(onReorder).toHaveBeenCalledTimes(1);
    expect(onReorder).toHaveBeenCalledWith(['r1', 'r3', 'r4', 'r2'], { id: 'r2', from: 1, to: 3 });
    expect(rowTexts()).toEqual(['1. TypeError', '2. Chrome noise', '3. Timeouts', '4. RangeError']);
    expect(screen.getByRole('button', { name: 'Reorder rule 4: RangeError' })).not.toHaveAttribute('aria-pressed');
    // Focus follows the moved row, so a second move can start right away.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reorder rule 4: RangeError' })).toHaveFocus());
  });

  it('moves up with ArrowUp', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);
    const handle = screen.getByRole('button', { name: 'Reorder rule 4: Timeouts' });

    handle.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Rule 4: Timeouts moved to position 3 of 4.'));
    await user.keyboard('{Enter}');

    await waitFor(() => expect(onReorder).toHaveBeenCalledWith(['r1', 'r2', 'r4', 'r3'], { id: 'r4', from: 3, to: 2 }));
    expect(rowTexts()).toEqual(['1. TypeError', '2. RangeError', '3. Timeouts', '4. Chrome noise']);
  });

  it('cancels with Escape: nothing moves and the cancel is announced', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);
    const handle = screen.getByRole('button', { name: 'Reorder rule 1: TypeError' });

    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('moved to position 2 of 4.'));
    await user.keyboard('{Escape}');

    await waitFor(() =>
      expect(liveRegion()).toHaveTextContent('Reordering cancelled. Rule 1: TypeError returned to position 1 of 4.'),
    );
    expect(handle).not.toHaveAttribute('aria-pressed');
    expect(onReorder).not.toHaveBeenCalled();
    expect(rowTexts()).toEqual(['1. TypeError', '2. RangeError', '3. Chrome noise', '4. Timeouts']);
  });

  it('does not report a drop back where the item started', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);
    const handle = screen.getByRole('button', { name: 'Reorder rule 2: RangeError' });

    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard(' ');

    await waitFor(() => expect(liveRegion()).toHaveTextContent('Rule 2: RangeError dropped at position 2 of 4.'));
    expect(onReorder).not.toHaveBeenCalled();
  });

  it('shows the new order at once while the parent saves it, and follows the parent when it rolls back', async () => {
    const user = userEvent.setup();
    let rollBack: () => void = () => {};
    function SlowParent() {
      const [items, setItems] = useState(initial);
      return (
        <SortableList
          items={items}
          getId={(item) => item.id}
          getLabel={(item, index) => `rule ${index + 1}: ${item.name}`}
          label="Rules, in evaluation order"
          renderItem={renderItem}
          onReorder={() => {
            rollBack = () => setItems([...initial]);
          }}
        />
      );
    }
    render(<SlowParent />);
    const handle = screen.getByRole('button', { name: 'Reorder rule 1: TypeError' });

    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('moved to position 2 of 4.'));
    await user.keyboard(' ');

    await waitFor(() =>
      expect(rowTexts()).toEqual(['1. RangeError', '2. TypeError', '3. Chrome noise', '4. Timeouts']),
    );
    act(() => rollBack());
    expect(rowTexts()).toEqual(['1. TypeError', '2. RangeError', '3. Chrome noise', '4. Timeouts']);
  });

  it('re-draws only the rows whose position or drag state changed', async () => {
    const user = userEvent.setup();
    const spy = vi.fn(renderItem);
    function Parent() {
      const [items, setItems] = useState(initial);
      return (
        <SortableList
          items={items}
          getId={(item) => item.id}
          getLabel={(item, index) => `rule ${index + 1}: ${item.name}`}
          label="Rules, in evaluation order"
          renderItem={spy}
          onReorder={(ids) => setItems(ids.map((id) => initial.find((item) => item.id === id)!))}
        />
      );
    }
    render(<Parent />);
    const drawn = () =>
      spy.mock.calls.map(([item, state]) => `${item.id}@${state.index}${state.isDragging ? '*' : ''}`);
    expect(drawn()).toEqual(['r1@0', 'r2@1', 'r3@2', 'r4@3']);
    spy.mockClear();
    const handle = screen.getByRole('button', { name: 'Reorder rule 1: TypeError' });

    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('moved to position 2 of 4.'));
    expect(drawn()).toEqual(['r1@0*']);
    spy.mockClear();
    await user.keyboard(' ');

    await waitFor(() => expect(liveRegion()).toHaveTextContent('dropped at position 2 of 4.'));
    // Only the two rows that swapped places; r3 and r4 are not drawn again.
    expect(new Set(drawn().map((entry) => entry.slice(0, 2)))).toEqual(new Set(['r1', 'r2']));
    expect(drawn()).toContain('r2@0');
    expect(drawn().at(-1)).toBe('r1@1');
  });

  it('turns every handle off when disabled, with the reason shown and read with each handle', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} disabled="Clear the filters to reorder rules." />);

    expect(screen.getByText('Clear the filters to reorder rules.')).toBeVisible();
    const handles = screen.getAllByRole('button', { name: /^Reorder rule/ });
    expect(handles).toHaveLength(4);
    for (const handle of handles) {
      expect(handle).toHaveAttribute('aria-disabled', 'true');
      expect(handle).toHaveAccessibleDescription('Clear the filters to reorder rules.');
    }

    handles[1]!.focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');

    expect(handles[1]).not.toHaveAttribute('aria-pressed');
    expect(liveRegion()).toHaveTextContent('');
    expect(onReorder).not.toHaveBeenCalled();
    expect(rowTexts()).toEqual(['1. TypeError', '2. RangeError', '3. Chrome noise', '4. Timeouts']);
  });
});

/** Reports only what a test says is on screen. */
class FakeIntersectionObserver {
  static current: FakeIntersectionObserver | null = null;
  readonly root = null;
  readonly rootMargin = '';
  readonly thresholds = [];
  private readonly elements = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.current = this;
  }
  observe(element: Element) {
    this.elements.add(element);
  }
  unobserve(element: Element) {
    this.elements.delete(element);
  }
  disconnect() {
    this.elements.clear();
  }
  takeRecords() {
    return [];
  }
  show(elements: Element[]) {
    const entries = elements
      .filter((element) => this.elements.has(element))
      .map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

describe('SortableList with 1,000 rows in mind', () => {
  it('binds dnd-kit only to rows near the viewport, and to a handle as soon as it has focus', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);
    const rows = within(screen.getByRole('list', { name: 'Rules, in evaluation order' })).getAllByRole('listitem');
    act(() => FakeIntersectionObserver.current!.show(rows.slice(0, 3)));

    // The far row looks and reads the same before it is bound.
    const far = screen.getByRole('button', { name: 'Reorder rule 4: Timeouts' });
    expect(far).toHaveAttribute('aria-roledescription', 'sortable');
    expect(far).toHaveAccessibleDescription(/press Space or Enter to pick the item up/);

    far.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(far).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Rule 4: Timeouts moved to position 3 of 4.'));
    await user.keyboard(' ');

    await waitFor(() => expect(onReorder).toHaveBeenCalledWith(['r1', 'r2', 'r4', 'r3'], { id: 'r4', from: 3, to: 2 }));
    expect(rowTexts()).toEqual(['1. TypeError', '2. RangeError', '3. Timeouts', '4. Chrome noise']);
  });

  it('does not let a row nobody can see take part in a drag', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);
    const rows = within(screen.getByRole('list', { name: 'Rules, in evaluation order' })).getAllByRole('listitem');
    act(() => FakeIntersectionObserver.current!.show(rows.slice(0, 1)));
    const first = screen.getByRole('button', { name: 'Reorder rule 1: TypeError' });

    first.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(first).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');

    await waitFor(() => expect(liveRegion()).toHaveTextContent('Rule 1: TypeError dropped at position 1 of 4.'));
    expect(onReorder).not.toHaveBeenCalled();
  });
});
