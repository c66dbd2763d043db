import {
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Modifier,
  type PointerActivationConstraint,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import type { PointerEvent } from 'react';

/**
 * Mouse and pen only: touch goes to the TouchSensor and its long press, so a swipe over a handle still
 * scrolls the page instead of dragging a row.
 */
class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: PointerEvent, { onActivation }: PointerSensorOptions) => {
        if (!nativeEvent.isPrimary || nativeEvent.button !== 0 || nativeEvent.pointerType === 'touch') return false;
        onActivation?.({ event: nativeEvent });
        return true;
      },
    },
  ];
}

const pointerConstraint: PointerActivationConstraint = { distance: 5 };
const touchConstraint: PointerActivationConstraint = { delay: 200, tolerance: 5 };

/** Mouse, pen and touch; the list moves rows by keyboard itself (KeyboardDrag), by position rather than by layout. */
export function usePointerSensors() {
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: pointerConstraint }),
    useSensor(TouchSensor, { activationConstraint: touchConstraint }),
  );
}

export const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });
