import { useSyncExternalStore } from 'react';
import type { RuleKind } from '../../../../../contract/rules';

/** A rule just created or duplicated, which its list should scroll to and mark once it shows it. */
export type RevealRequest = { envId: number; kind: RuleKind; id: string };

let request: RevealRequest | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Asks the list of `kind` to bring rule `id` into view (the editor that created it may still be closing). */
export function requestReveal(next: RevealRequest | null): void {
  request = next;
  for (const listener of listeners) listener();
}

/** The rule this list is asked to reveal, or null. */
export function useRevealRequest(envId: number, kind: RuleKind): string | null {
  const current = useSyncExternalStore(subscribe, () => request);
  return current && current.envId === envId && current.kind === kind ? current.id : null;
}
