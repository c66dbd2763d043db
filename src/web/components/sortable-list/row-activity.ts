import { useCallback, useSyncExternalStore } from 'react';

/**
 * Which rows carry dnd-kit's sortable hooks. Each mounted `useSortable` re-renders whenever the dragged row passes
 * another one, so with 1,000 rows every step of a drag would redraw all of them. Only rows near the viewport (one
 * viewport above and below), the dragged row and a focused or hovered handle are "live"; the others render the
 * same DOM without hooks. Without IntersectionObserver (old browsers, jsdom) every row is live.
 */
export class RowActivity {
  private readonly near = new Set<string>();
  private readonly pins = new Map<string, number>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly elements = new Map<Element, string>();
  private observer: IntersectionObserver | null = null;
  private readonly supported = typeof IntersectionObserver !== 'undefined';

  isLive = (id: string): boolean => !this.supported || this.near.has(id) || (this.pins.get(id) ?? 0) > 0;

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Keeps a row live until the returned function is called (focus, hover, drag). */
  pin(id: string): () => void {
    this.pins.set(id, (this.pins.get(id) ?? 0) + 1);
    this.notify(id);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const count = (this.pins.get(id) ?? 1) - 1;
      if (count > 0) this.pins.set(id, count);
      else this.pins.delete(id);
      this.notify(id);
    };
  }

  /** Handlers for a handle: its row stays live while the handle has focus or the pointer is over it. */
  handleEvents(id: string) {
    let unpinFocus = () => {};
    let unpinHover = () => {};
    return {
      onFocus: () => {
        unpinFocus();
        unpinFocus = this.pin(id);
      },
      onBlur: () => unpinFocus(),
      onPointerEnter: () => {
        unpinHover();
        unpinHover = this.pin(id);
      },
      onPointerLeave: () => unpinHover(),
    };
  }

  observe(id: string, element: Element): () => void {
    this.elements.set(element, id);
    this.observer?.observe(element);
    return () => {
      this.elements.delete(element);
      this.observer?.unobserve(element);
      if (this.near.delete(id)) this.notify(id);
    };
  }

  connect(): void {
    if (!this.supported || this.observer) return;
    this.observer = new IntersectionObserver(this.onIntersect, { rootMargin: '100% 0px' });
    for (const element of this.elements.keys()) this.observer.observe(element);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const id = this.elements.get(entry.target);
      if (id === undefined || entry.isIntersecting === this.near.has(id)) continue;
      if (entry.isIntersecting) this.near.add(id);
      else this.near.delete(id);
      this.notify(id);
    }
  };

  private notify(id: string) {
    this.listeners.get(id)?.forEach((listener) => listener());
  }
}

export function useRowLive(activity: RowActivity, id: string): boolean {
  const subscribe = useCallback((listener: () => void) => activity.subscribe(id, listener), [activity, id]);
  return useSyncExternalStore(subscribe, () => activity.isLive(id));
}
