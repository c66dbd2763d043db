import { maxActorNameLength } from '../../contract/rule-history-api';

const storageKey = 'tc:actor-name';

/** As the server takes it: no control characters (a pasted tab), trimmed, at most the limit in code points. */
function cleanName(name: string): string {
  return Array.from(name.replace(/\p{Cc}/gu, ' ').trim())
    .slice(0, maxActorNameLength)
    .join('')
    .trim();
}

/** The name this browser's person set in Settings, shown in rule history for their changes; null when unset. */
export function readActorName(): string | null {
  try {
    const name = cleanName(localStorage.getItem(storageKey) ?? '');
    return name === '' ? null : name;
  } catch {
    return null;
  }
}

/** An empty name forgets it: changes are then shown as made from a browser. */
export function saveActorName(name: string): void {
  try {
    const cleaned = cleanName(name);
    if (cleaned === '') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, cleaned);
  } catch {
    // Without storage the name is not sent: changes are shown as made from a browser.
  }
}
