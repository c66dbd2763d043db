import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Move } from './move-item';
import { SortableList } from './sortable-list';
import type { RenderItem, RenderItemState } from './row-body';

type Item = { id: string; name: string };
const initial: Item[] = ['TypeError', 'RangeError', 'Chrome noise', 'Timeouts'].map((name, i) => ({
  id: `r${i + 1}`,
  name,
}));
const inOrder = (ids: string[]) => ids.map((id) => initial.find((item) => item.id === id)!);

const renderItem = (item: Item, { index, handle }: RenderItemState) => (
  <div>
    {handle}
    <span>
      {index + 1}. {item.name}
    </span>
  </div>
);

type HarnessProps = {
  onReorder?: (ids: string[], moved: Move) => void;
  disabled?: string;
  draw?: RenderItem<Item>;
  /** false: the parent does not apply a drop (yet); `control` receives its setter. */
  follow?: boolean;
  control?: (setItems: (items: Item[]) => void) => void;
};

function Harness({ onReorder, disabled, draw = renderItem, follow = true, control }: HarnessProps) {
  const [items, setItems] = useState(initial);
  control?.(setItems);
  return (
    <StrictMode>
      <SortableList
        items={items}
        getId={(item) => item.id}
        getLabel={(item, index) => `rule ${index + 1}: ${item.name}`}
        label="Rules, in evaluation order"
        disabled={disabled}
        renderItem={draw}
        onReorder={(ids, moved) => {
          onReorder?.(ids, moved);
          if (follow) setItems(inOrder(ids));
        }}
      />
    </StrictMode>
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

const liveRegion = () => document.querySelector('.sortable-list__live-region')!;
const rows = () => within(screen.getByRole('list', { name: 'Rules, in evaluation order' })).getAllByRole('listitem');
const rowTexts = () => rows().map((row) => row.textContent);
const startOrder = ['1. TypeError', '2. RangeError', '3. Chrome noise', '4. Timeouts'];

type User = ReturnType<typeof userEvent.setup>;

/** Focuses the handle and lifts it, waiting until the keyboard sensor listens (as the e2e tests must). */
async function lift(user: User, name: string, key = ' ') {
  const handle = screen.getByRole('button', { name });
  handle.focus();
  await user.keyboard(key);
  await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
  return handle;
}

async function press(user: User, key: string, announcement: string) {
  await user.keyboard(key);
  await waitFor(() => expect(liveRegion()).toHaveTextContent(announcement));
}

describe('SortableList', () => {
  it('names each handle after its item and points it at the instructions', () => {
    render(<Harness />);

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

    await lift(user, 'Reorder rule 2: RangeError');
    expect(liveRegion()).toHaveTextContent('Picked up rule 2: RangeError. Position 2 of 4.');
    await press(user, '{ArrowDown}', 'Rule 2: RangeError moved to position 3 of 4.');
    await press(user, '{ArrowDown}', 'Rule 2: RangeError moved to position 4 of 4.');
    await press(user, ' ', 'Rule 2: RangeError dropped at position 4 of 4.');

    expect(onReorder).toHaveBeenCalledTimes(1);
    expect(onReorder).toHaveBeenCalledWith(['r1', 'r3', 'r4', 'r2'], { id: 'r2', from: 1, to: 3 });
    expect(rowTexts()).toEqual(['1. TypeError', '2. Chrome noise', '3. Timeouts', '4. RangeError']);
    const moved = screen.getByRole('button', { name: 'Reorder rule 4: RangeError' });
    expect(moved).not.toHaveAttribute('aria-pressed');
    // Focus follows the moved row, so a second move can start right away.
    await waitFor(() => expect(moved).toHaveFocus());
  });

  it('moves up with ArrowUp, lifting and dropping with Enter', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);

    await lift(user, 'Reorder rule 4: Timeouts', '{Enter}');
    await press(user, '{ArrowUp}', 'Rule 4: Timeouts moved to position 3 of 4.');
    await press(user, '{Enter}', 'Rule 4: Timeouts dropped at position 3 of 4.');

    expect(onReorder).toHaveBeenCalledWith(['r1', 'r2', 'r4', 'r3'], { id: 'r4', from: 3, to: 2 });
    expect(rowTexts()).toEqual(['1. TypeError', '2. RangeError', '3. Timeouts', '4. Chrome noise']);
  });

  it('cancels with Escape: nothing moves and the cancel is announced', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);

    const handle = await lift(user, 'Reorder rule 1: TypeError');
    await press(user, '{ArrowDown}', 'moved to position 2 of 4.');
    await press(user, '{Escape}', 'Reordering cancelled. Rule 1: TypeError returned to position 1 of 4.');

    expect(handle).not.toHaveAttribute('aria-pressed');
    expect(onReorder).not.toHaveBeenCalled();
    expect(rowTexts()).toEqual(startOrder);
  });

  it('does not report a drop back where the item started', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Harness onReorder={onReorder} />);

    await lift(user, 'Reorder rule 2: RangeError');
    await press(user, ' ', 'Rule 2: RangeError dropped at position 2 of 4.');

    expect(onReorder).not.toHaveBeenCalled();
  });

  it('shows the new order at once while the parent saves it, and follows the parent when it rolls back', async () => {
    const user = userEvent.setup();
    let setItems: (items: Item[]) => void = () => {};
    render(<Harness follow={false} control={(set) => (setItems = set)} />);

    await lift(user, 'Reorder rule 1: TypeError');
    await press(user, '{ArrowDown}', 'moved to position 2 of 4.');
    await press(user, ' ', 'dropped at position 2 of 4.');

    expect(rowTexts()).toEqual(['1. RangeError', '2. TypeError', '3. Chrome noise', '4. Timeouts']);
    act(() => setItems([...initial]));
    expect(rowTexts()).toEqual(startOrder);
  });

  it('holds new items that arrive during a drag until the drop: rows never move under the person', async () => {
    const user = userEvent.setup();
    let setItems: (items: Item[]) => void = () => {};
    render(<Harness follow={false} control={(set) => (setItems = set)} />);

    await lift(user, 'Reorder rule 1: TypeError');
    // A refetch brings someone else's order (Timeouts first) mid-drag.
    act(() => setItems(inOrder(['r4', 'r1', 'r2', 'r3'])));
    expect(rowTexts()).toEqual(startOrder);
    await press(user, ' ', 'dropped at position 1 of 4.');

    expect(rowTexts()).toEqual(['1. Timeouts', '2. TypeError', '3. RangeError', '4. Chrome noise']);
  });

  it('re-draws only the rows whose position or drag state changed', async () => {
    const user = userEvent.setup();
    const draw = vi.fn(renderItem);
    render(<Harness draw={draw} />);
    const drawn = () =>
      draw.mock.calls.map(([item, state]) => `${item.id}@${state.index}${state.isDragging ? '*' : ''}`);
    expect(new Set(drawn())).toEqual(new Set(['r1@0', 'r2@1', 'r3@2', 'r4@3']));
    draw.mockClear();

    await lift(user, 'Reorder rule 1: TypeError');
    await press(user, '{ArrowDown}', 'moved to position 2 of 4.');
    expect(new Set(drawn())).toEqual(new Set(['r1@0*']));
    draw.mockClear();
    await press(user, ' ', 'dropped at position 2 of 4.');

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
    expect(rowTexts()).toEqual(startOrder);
  });
});

describe('SortableList with 1,000 rows', () => {
  // jsdom lays nothing out: every row is 40 px tall, as the virtualizer measures it.
  beforeEach(() => vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40));
  const many: Item[] = Array.from({ length: 1000 }, (_, i) => ({ id: `m${i + 1}`, name: `Rule ${i + 1}` }));

  function Long({ onReorder }: { onReorder: (ids: string[]) => void }) {
    return (
      <SortableList
        items={many}
        getId={(item) => item.id}
        getLabel={(item, index) => `rule ${index + 1}: ${item.name}`}
        label="Rules, in evaluation order"
        estimatedRowSize={40}
        renderItem={renderItem}
        onReorder={onReorder}
      />
    );
  }

  it('draws only the rows near the screen, each saying its place in the whole list', () => {
    render(<Long onReorder={() => {}} />);

    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    expect(rows()[0]).toHaveAttribute('aria-setsize', '1000');
    expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('moves a row by keyboard past rows that are not drawn, one place per key however fast they come', async () => {
    const user = userEvent.setup();
    const onReorder = vi.fn();
    render(<Long onReorder={onReorder} />);

    const handle = await lift(user, 'Reorder rule 1: Rule 1');
    act(() => {
      for (let step = 0; step < 300; step++) {
        handle.dispatchEvent(new KeyboardEvent('keydown', { code: 'ArrowDown', key: 'ArrowDown', bubbles: true }));
      }
    });
    expect(liveRegion()).toHaveTextContent('Rule 1: Rule 1 moved to position 301 of 1000.');
    // The lifted row is still drawn, and still has the focus, 300 rows further down.
    expect(handle).toBeInTheDocument();
    expect(handle).toHaveFocus();
    await press(user, ' ', 'Rule 1: Rule 1 dropped at position 301 of 1000.');

    expect(onReorder).toHaveBeenCalledTimes(1);
    const ids = onReorder.mock.calls[0]![0] as string[];
    expect(ids.indexOf('m1')).toBe(300);
    expect(ids[0]).toBe('m2');
  });
});
