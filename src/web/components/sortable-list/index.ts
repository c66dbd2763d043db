export { SortableList } from './sortable-list';
export type { RenderItem } from './row-body';
export { moveDown, moveToBottom, moveToTop, moveUp, type Move } from './move-item';
