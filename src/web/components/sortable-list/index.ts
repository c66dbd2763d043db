export { SortableList, type SortableListProps } from './sortable-list';
export type { RenderItem, RenderItemState } from './row-body';
export { canMoveDown, canMoveUp, moveDown, moveItem, moveToBottom, moveToTop, moveUp, type Move } from './move-item';
