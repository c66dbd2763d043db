import { maxActorNameLength } from '../../contract/rule-history-api';

const storageKey = 'tc:actor-name';

/** The name this browser's person set in Settings, shown in rule history for their changes; null when unset. */
export function readActorName(): string | null {
  try {
    const name = localStorage.getItem(storageKey)?.trim() ?? '';
    return name === '' ? null : name.slice(0, maxActorNameLength);
  } catch {
    return null;
  }
}

/** An empty name forgets it: changes are then shown as "browser". */
export function saveActorName(name: string): void {
  try {
    const trimmed = name.trim();
    if (trimmed === '') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, trimmed.slice(0, maxActorNameLength));
  } catch {
    // Without storage the name is not sent: changes are shown as "browser".
  }
}
