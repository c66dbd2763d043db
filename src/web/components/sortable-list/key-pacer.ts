import { KeyboardCode } from '@dnd-kit/core';

/**
 * The keys dnd-kit's keyboard sensor acts on during a drag (arrows, Space, Enter, Escape, and Tab, which drops). It
 * prevents their default actions itself, so holding them back and replaying them changes nothing but their timing.
 */
const dragKeys = new Set<string>(Object.values(KeyboardCode));
const replayed = new WeakSet<Event>();
/** The longest a key waits when frames stop (a hidden tab): a late key beats a lost one. */
const settleTimeoutMs = 250;

/**
 * Hands the drag keys to dnd-kit's keyboard sensor one at a time, each once the page has drawn what the one before
 * did. The sensor reads layout that catches up a frame late (the scroll offset after it scrolls the page, the rects
 * of rows that became live on the way); keys that come faster than frames (a held arrow on a slow machine, scripted
 * input) would read stale positions and be lost. A key that arrives while the page settles is stopped and replayed
 * in order, so 500 quick presses move a row 500 positions and a Space pressed after them drops it there. Auto-repeat
 * from a held key is the exception: one repeat waits at most, the rest are dropped, so the row stops when the key
 * is let go instead of running on through a backlog.
 *
 * Start it when a keyboard drag starts and call `finish` when the drag ends: keys already held back are still
 * replayed, then it lets go of the window. Keys after the drag are not delayed (a replayed key is synthetic and
 * has no default action: an Enter on a link must reach the link itself), nor are other keys during it.
 */
export class KeyPacer {
  private readonly queue: KeyboardEvent[] = [];
  private settling = false;
  private finishing = false;
  private stopped = false;

  constructor(private readonly win: Window) {
    win.addEventListener('keydown', this.onKeyDown, true);
    // The sensor starts listening a task after the drag starts; the first key waits for that too.
    this.settle();
  }

  /** The drag ended: keys already held are still replayed, in order; with none held, it lets go at once. */
  finish(): void {
    this.finishing = true;
    if (this.queue.length === 0) this.stop();
  }

  /** Lets go at once, dropping held keys (the list unmounted). */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.win.removeEventListener('keydown', this.onKeyDown, true);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (replayed.has(event) || !dragKeys.has(event.code)) return;
    if (!this.settling && this.queue.length === 0) {
      this.settle();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const last = this.queue.at(-1);
    if (event.repeat && last?.repeat && last.code === event.code) return;
    this.queue.push(event);
  };

  private settle() {
    this.settling = true;
    let done = false;
    const settled = () => {
      if (done) return;
      done = true;
      clearTimeout(timeout);
      this.settling = false;
      this.next();
    };
    const timeout = setTimeout(settled, settleTimeoutMs);
    // A frame runs the scroll events the last key caused; the task after it, the intersection observers and the
    // renders they start; the next frame shows the result.
    this.win.requestAnimationFrame?.(() => setTimeout(() => this.win.requestAnimationFrame(settled)));
  }

  private next() {
    if (this.stopped) return;
    const held = this.queue.shift();
    if (!held) {
      if (this.finishing) this.stop();
      return;
    }
    const copy = new KeyboardEvent('keydown', {
      key: held.key,
      code: held.code,
      location: held.location,
      repeat: held.repeat,
      altKey: held.altKey,
      ctrlKey: held.ctrlKey,
      metaKey: held.metaKey,
      shiftKey: held.shiftKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    replayed.add(copy);
    const target =
      held.target instanceof Node && held.target.isConnected
        ? held.target
        : (this.win.document.activeElement ?? this.win.document.body);
    this.settle();
    target.dispatchEvent(copy);
  }
}
