import { useSyncExternalStore } from 'react';

/** The windows a preview tries rules on; the console's API offers these (and 90 days, too slow to try on here). */
export const previewWindows = [1, 7, 30] as const;
export type PreviewWindow = (typeof previewWindows)[number];

/** The most recent exceptions of the window a preview runs on: the console API's limit. */
export const previewLimit = 10_000;

const storageKey = 'tc:preview-days';
const fallback: PreviewWindow = 7;
const listeners = new Set<() => void>();
// Where the choice lives when storage cannot be written.
let memory: PreviewWindow | null = null;

function read(): PreviewWindow {
  try {
    return previewWindows.find((days) => String(days) === localStorage.getItem(storageKey)) ?? fallback;
  } catch {
    return fallback;
  }
}

function save(days: PreviewWindow): void {
  try {
    if (days === fallback) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, String(days));
  } catch {
    // Without storage the choice lasts until the page reloads.
    memory = days;
  }
  listeners.forEach((listener) => listener());
}

const current = () => memory ?? read();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The window previews run on, the same in the editor and for a reorder, remembered by this browser. */
export function usePreviewWindow(): [PreviewWindow, (days: PreviewWindow) => void] {
  return [useSyncExternalStore(subscribe, current), save];
}
