import { useCallback, useEffect, useState } from 'react';
import type { RuleKind } from '../../../../../contract/rules';
import type { RuleListItem } from '../../../../data/rules/rule-list-item';
import { requestReveal, useRevealRequest } from '../placement/rule-reveal';

// How long a new rule stays marked.
const freshMs = 6_000;

/**
 * The rule just created or duplicated here (see `requestReveal`), once the list has it and no editor covers it:
 * `revealId` until SortableList has scrolled to it (`onRevealed` then focuses its title), and `id` while it is marked.
 */
export function useFreshRule(envId: number, kind: RuleKind, rules: readonly RuleListItem[], editorOpen: boolean) {
  const requested = useRevealRequest(envId, kind);
  const id = requested !== null && !editorOpen && rules.some((rule) => rule.id === requested) ? requested : null;
  const [revealed, setRevealed] = useState<string | null>(null);
  useEffect(() => {
    if (id === null) return;
    const timer = setTimeout(() => requestReveal(null), freshMs);
    return () => clearTimeout(timer);
  }, [id]);
  const onRevealed = useCallback((row: HTMLElement) => {
    row.querySelector<HTMLElement>('.rule-row__title')?.focus({ preventScroll: true });
    setRevealed(row.dataset.sortableId ?? null);
  }, []);
  return { id, revealId: id !== null && revealed !== id ? id : null, onRevealed };
}
