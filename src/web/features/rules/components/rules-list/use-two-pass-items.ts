import { useEffect, useMemo, useState } from 'react';

/** Rows drawn in the first pass: more than a tall screen shows. */
const firstPass = 40;

/**
 * A long list drawn in two passes: the first screenful at once, the rest right after that has been painted
 * (creating a thousand rules' DOM takes several hundred ms on a slow machine). The second pass is an ordinary
 * update, not a transition: a transition would restart at every step of an early drag and never finish.
 */
export function useTwoPassItems<T>(items: readonly T[]): readonly T[] {
  const [complete, setComplete] = useState(items.length <= firstPass);
  useEffect(() => {
    if (complete) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setComplete(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete]);
  return useMemo(() => (complete ? items : items.slice(0, firstPass)), [items, complete]);
}
