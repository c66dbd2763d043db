import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyPacer } from './key-pacer';

/** What a listener on the document (where dnd-kit's keyboard sensor listens) receives. */
let received: string[];
const record = (event: KeyboardEvent) => received.push(event.repeat ? `${event.code}*` : event.code);
const press = (code: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { code, key: code, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
};
/** One settle: a frame, the task after it, the next frame. */
const settle = () => vi.advanceTimersByTime(40);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  received = [];
  document.addEventListener('keydown', record);
});
afterEach(() => {
  document.removeEventListener('keydown', record);
  vi.useRealTimers();
});

describe('KeyPacer', () => {
  it('holds keys that come faster than frames and hands them over one per settle, in order', () => {
    const pacer = new KeyPacer(window);
    const first = press('ArrowDown');
    press('ArrowDown');
    press('Space');

    expect(received).toEqual([]);
    expect(first.defaultPrevented).toBe(true);
    settle();
    expect(received).toEqual(['ArrowDown']);
    settle();
    expect(received).toEqual(['ArrowDown', 'ArrowDown']);
    settle();
    expect(received).toEqual(['ArrowDown', 'ArrowDown', 'Space']);
    pacer.stop();
  });

  it('hands a key over at once when the page has settled since the last one', () => {
    const pacer = new KeyPacer(window);
    settle();
    press('ArrowUp');
    expect(received).toEqual(['ArrowUp']);
    settle();
    press('ArrowUp');
    expect(received).toEqual(['ArrowUp', 'ArrowUp']);
    pacer.stop();
  });

  it('keeps one auto-repeat of a held key and drops the rest, so the row stops when the key is let go', () => {
    const pacer = new KeyPacer(window);
    settle();
    press('ArrowDown');
    for (let i = 0; i < 5; i++) press('ArrowDown', { repeat: true });
    press('Escape');
    for (let i = 0; i < 4; i++) settle();

    expect(received).toEqual(['ArrowDown', 'ArrowDown*', 'Escape']);
    pacer.stop();
  });

  it('leaves keys the drag does not use alone, even while it holds others', () => {
    const pacer = new KeyPacer(window);
    press('ArrowDown');
    const typed = press('KeyA');
    expect(received).toEqual(['KeyA']);
    expect(typed.defaultPrevented).toBe(false);
    pacer.stop();
  });

  it('holds Tab (it drops the row) behind the arrows pressed before it', () => {
    const pacer = new KeyPacer(window);
    press('ArrowDown');
    press('Tab');
    settle();
    settle();
    expect(received).toEqual(['ArrowDown', 'Tab']);
    pacer.stop();
  });

  it('replays what it holds after the drag ends, then lets go of the window', () => {
    const pacer = new KeyPacer(window);
    press('ArrowDown');
    press('Space');
    pacer.finish();
    settle();
    settle();
    expect(received).toEqual(['ArrowDown', 'Space']);

    settle();
    press('ArrowDown');
    press('ArrowDown');
    expect(received).toEqual(['ArrowDown', 'Space', 'ArrowDown', 'ArrowDown']);
  });

  it('lets keys through untouched once the drag has ended with nothing held', () => {
    const pacer = new KeyPacer(window);
    press('ArrowDown');
    settle();
    pacer.finish();
    const enter = press('Enter');
    expect(received).toEqual(['ArrowDown', 'Enter']);
    expect(enter.defaultPrevented).toBe(false);
  });

  it('drops held keys when stopped', () => {
    const pacer = new KeyPacer(window);
    press('ArrowDown');
    pacer.stop();
    settle();
    expect(received).toEqual([]);
    press('ArrowDown');
    expect(received).toEqual(['ArrowDown']);
  });

  it('still hands keys over when frames stop (a hidden tab)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const pacer = new KeyPacer(window);
    press('ArrowDown');
    vi.advanceTimersByTime(249);
    expect(received).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(received).toEqual(['ArrowDown']);
    pacer.stop();
    raf.mockRestore();
  });
});
