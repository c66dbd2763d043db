import type { NewIndexGetter } from '@dnd-kit/sortable';

/**
 * Where the row at `index` goes when the active row moves from `activeIndex` to `overIndex`. dnd-kit's default
 * copies the whole id list for every row on every step of a drag: O(n²) per step.
 */
export const shiftedIndex = (index: number, { activeIndex, overIndex }: Parameters<NewIndexGetter>[0]): number => {
  if (index === activeIndex) return overIndex;
  if (activeIndex < index && index <= overIndex) return index - 1;
  if (overIndex <= index && index < activeIndex) return index + 1;
  return index;
};
