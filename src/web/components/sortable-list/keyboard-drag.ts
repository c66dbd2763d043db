import { useEffect, useState } from 'react';

/** `from` and `to` are 0-based positions. */
export type KeyboardDragState = { id: string; from: number; to: number };

export type KeyboardDragOptions = {
  count: number;
  onMove: (drag: KeyboardDragState) => void;
  onDrop: (drag: KeyboardDragState) => void;
  onCancel: (drag: KeyboardDragState) => void;
};

/** The part of a keydown a lift needs: React's and the DOM's events both have it. */
export type LiftKey = { code: string; key: string; preventDefault: () => void };

const liftKeys = new Set(['Space', 'Enter']);
const dropKeys = new Set(['Space', 'Enter', 'Tab']);
const steps: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** Space and Enter arrive as `code` from keyboards and as `key` from some assistive tools. */
const codeOf = (event: { code: string; key: string }) => event.code || (event.key === ' ' ? 'Space' : event.key);

/**
 * Keyboard reordering by position, not by layout: Space or Enter on a handle lifts the item, the arrow keys move it
 * one place each, Space, Enter or Tab drops it and Escape cancels. Each key is applied when it arrives and reads no
 * layout, so keys pressed faster than frames (a held arrow, scripted input) are neither lost nor queued, and the
 * item travels past rows that are not mounted (a virtualized list). The window listens in the capture phase from
 * the lift on, so the next key is the drag's however soon it comes.
 */
export class KeyboardDrag {
  private current: KeyboardDragState | null = null;
  private options: KeyboardDragOptions = { count: 0, onMove: () => {}, onDrop: () => {}, onCancel: () => {} };

  constructor(
    private readonly win: Window,
    private readonly onChange: (drag: KeyboardDragState | null) => void,
  ) {}

  /** The latest list length and callbacks; a drag in progress goes on with them. */
  configure(options: KeyboardDragOptions): void {
    this.options = options;
  }

  /** Lifts the item at `index` on Space or Enter; answers whether it did. */
  lift(event: LiftKey, id: string, index: number): boolean {
    if (this.current || !liftKeys.has(codeOf(event))) return false;
    event.preventDefault();
    this.set({ id, from: index, to: index });
    this.win.addEventListener('keydown', this.onKeyDown, true);
    return true;
  }

  /** Ends a drag without a drop or an announcement (the list unmounted). */
  stop(): void {
    this.current = null;
    this.win.removeEventListener('keydown', this.onKeyDown, true);
  }

  private set(drag: KeyboardDragState | null) {
    this.current = drag;
    this.onChange(drag);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const drag = this.current;
    if (!drag) return;
    const code = codeOf(event);
    const step = steps[code];
    const end = dropKeys.has(code) ? 'drop' : code === 'Escape' ? 'cancel' : null;
    if (step === undefined && end === null) return;
    // The handle under the key must not lift the item again, nor the page scroll or a Tab move focus.
    event.preventDefault();
    event.stopPropagation();
    const { count, onMove, onDrop, onCancel } = this.options;
    if (step !== undefined) {
      const to = Math.min(Math.max(drag.to + step, 0), count - 1);
      if (to === drag.to) return;
      this.set({ ...drag, to });
      onMove({ ...drag, to });
      return;
    }
    this.stop();
    this.onChange(null);
    if (end === 'drop') onDrop(drag);
    else onCancel(drag);
  };
}

export function useKeyboardDrag(options: KeyboardDragOptions) {
  const [drag, setDrag] = useState<KeyboardDragState | null>(null);
  const [controller] = useState(() => new KeyboardDrag(window, setDrag));
  useEffect(() => {
    controller.configure(options);
  });
  useEffect(() => () => controller.stop(), [controller]);
  return { drag, controller };
}
