import type { DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { useState } from 'react';
import { usePointerSensors } from './sensors';

type PointerDragOptions = {
  onStart: () => void;
  /** The drag ended, dropped or not; `onDrop` follows when it was dropped over a row. */
  onEnd: () => void;
  onDrop: (activeId: string, overId: string) => void;
};

export function usePointerDrag({ onStart, onEnd, onDrop }: PointerDragOptions) {
  const sensors = usePointerSensors();
  const [activeId, setActiveId] = useState<string | null>(null);
  const handlers = {
    onDragStart: ({ active }: DragStartEvent) => {
      onStart();
      setActiveId(String(active.id));
    },
    onDragEnd: ({ active, over }: DragEndEvent) => {
      setActiveId(null);
      onEnd();
      if (over) onDrop(String(active.id), String(over.id));
    },
    onDragCancel: () => {
      setActiveId(null);
      onEnd();
    },
  };
  return { sensors, activeId, handlers };
}
