import { DragOverlay } from '@dnd-kit/core';
import { RowBody, type RenderItem } from './row-body';
import { HandleContext, restingAttributes, type HandleState } from './sortable-handle';
import type { ListRow } from './use-list-order';

type RowDragOverlayProps<T> = {
  row: ListRow<T> | undefined;
  label: string;
  instructionsId: string;
  renderItem: RenderItem<T>;
};

const noop = () => {};

/** The lifted copy of the row a pointer drags: drawn apart from the list, so it survives scrolling its row away. */
export function RowDragOverlay<T>({ row, label, instructionsId, renderItem }: RowDragOverlayProps<T>) {
  return (
    <DragOverlay dropAnimation={null}>
      {row && (
        <div className="sortable-list__overlay" inert aria-hidden="true">
          <HandleContext.Provider value={overlayHandle(label, instructionsId)}>
            <RowBody item={row.item} index={row.index} isDragging renderItem={renderItem} />
          </HandleContext.Provider>
        </div>
      )}
    </DragOverlay>
  );
}

/** The handle drawn in the lifted copy of a row: it looks pressed and does nothing. */
function overlayHandle(label: string, instructionsId: string): HandleState {
  return {
    label,
    disabledReasonId: null,
    attributes: { ...restingAttributes(instructionsId, false), 'aria-pressed': true },
    listeners: undefined,
    setActivatorNodeRef: noop,
  };
}
