import type { Move } from './move-item';
import type { RenderItem } from './row-body';

export type SortableListProps<T> = {
  items: readonly T[];
  getId: (item: T) => string;
  /** What a person calls the item at this position, e.g. `rule 3: Exception type is TypeError`. */
  getLabel: (item: T, index: number) => string;
  /** Called once per drop that changed the order. `items` should follow (see `SortableList`). */
  onReorder: (nextIds: string[], moved: Move) => void;
  /**
   * Draws one row; place `handle` where the drag handle goes. Keep it stable (module scope or useCallback):
   * rows are memoized on it.
   */
  renderItem: RenderItem<T>;
  label: string;
  /** A reason string turns reordering off and is shown above the list and read with every handle. */
  disabled?: string | false;
  /** Screen-reader instructions for the handles; the default speaks of items. */
  instructions?: string;
  className?: string;
  /** A row's usual height in px, for rows not drawn yet. */
  estimatedRowSize?: number;
  /** The id of a row to scroll into view (a new item); `onReveal` gets its element once it is drawn there. */
  revealId?: string | null;
  onReveal?: (row: HTMLElement) => void;
};
