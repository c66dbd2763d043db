import { useEffect, useState } from 'react';
import { isOwnWrite } from '../../../../data/rules/own-list-writes';
import { diffRuleLists, hasChanges, type ListChanges } from './rule-list-changes';

export const changeHighlightMs = 8_000;

/**
 * What changed in the list since it was last drawn, when the change came from the server (someone else, another
 * tab, a poll) rather than from this tab's own move or delete; null once the marks have faded.
 */
export function useListChanges<R extends { id: string }>(rules: readonly R[]): ListChanges<R> | null {
  const [seen, setSeen] = useState(rules);
  const [changes, setChanges] = useState<ListChanges<R> | null>(null);
  if (seen !== rules) {
    setSeen(rules);
    const diff = diffRuleLists(seen, rules);
    if (!isOwnWrite(rules) && hasChanges(diff)) setChanges(diff);
  }
  useEffect(() => {
    if (changes === null) return;
    const timer = setTimeout(() => setChanges(null), changeHighlightMs);
    return () => clearTimeout(timer);
  }, [changes]);
  return changes;
}
