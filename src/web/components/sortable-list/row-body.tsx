import { memo, type ReactNode } from 'react';
import { sortableHandle } from './sortable-handle';

export type RenderItemState = { index: number; handle: ReactNode; isDragging: boolean };
export type RenderItem<T> = (item: T, state: RenderItemState) => ReactNode;

type RowBodyProps<T> = { item: T; index: number; isDragging: boolean; renderItem: RenderItem<T> };

/** The body of a row (the costly part): re-renders only when its own item, position or drag state changes. */
export const RowBody = memo(function RowBody<T>({ item, index, isDragging, renderItem }: RowBodyProps<T>) {
  return renderItem(item, { index, handle: sortableHandle, isDragging });
}) as <T>(props: RowBodyProps<T>) => ReactNode;
