import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { hasFilters, type RuleFilterValues } from './filter-rules';

const params = { text: 'q', assignee: 'assignee' } as const;

/**
 * The list's filters live in the URL (`?q=…&assignee=user:7`), so a filtered list can be linked to and survives a
 * reload. Updates replace the history entry and flush at once, so the search box never lags behind its value.
 */
export function useRuleFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const text = searchParams.get(params.text) ?? '';
  const assignee = searchParams.get(params.assignee) ?? '';
  // One object per distinct filter: the list defers and memoizes on it.
  const values = useMemo<RuleFilterValues>(() => ({ text, assignee }), [text, assignee]);

  const update = useCallback(
    (changes: Partial<RuleFilterValues>) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes) as [keyof RuleFilterValues, string][]) {
            if (value === '') next.delete(params[name]);
            else next.set(params[name], value);
          }
          return next;
        },
        { replace: true, flushSync: true },
      ),
    [setSearchParams],
  );

  return {
    values,
    active: hasFilters(values),
    setText: (text: string) => update({ text }),
    setAssignee: (assignee: string) => update({ assignee }),
    clear: () => update({ text: '', assignee: '' }),
  };
}
