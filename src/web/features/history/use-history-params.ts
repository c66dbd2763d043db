import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { uuidPattern } from '../../../contract/assignee';
import { parseActorFilter } from '../../../contract/rule-history-api';
import { ruleKinds, type RuleKind } from '../../../contract/rules';
import { withParamChanges } from '../../lib/with-param-changes';
import type { HistoryFilters } from '../../data/rule-history/keys';

type HistoryParamChanges = { kind?: string | null; actor?: string | null; rule?: string | null; entry?: number | null };

const isKind = (value: string | null): value is RuleKind => ruleKinds.some((kind) => kind === value);

/**
 * The History page's state in the URL, so a view can be shared and survives reload: `kind`, `actor` (as the API
 * names it: `person:Zoë`), `rule` and the `entry` shown. A value that makes no sense is ignored.
 */
export function useHistoryParams() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const actor = params.get('actor');
  const rule = params.get('rule');
  const entry = Number(params.get('entry'));
  const filters = useMemo((): HistoryFilters => {
    const parsedActor = actor === null ? null : parseActorFilter(actor);
    return {
      ...(isKind(kind) && { kind }),
      ...(parsedActor && { actor: parsedActor }),
      ...(rule !== null && uuidPattern.test(rule) && { rule }),
    };
  }, [kind, actor, rule]);

  const update = useCallback(
    (changes: HistoryParamChanges, { replace = false } = {}) =>
      setParams((current) => withParamChanges(current, changes), { replace }),
    [setParams],
  );

  /** The URL of this view with `entry` shown. */
  const entryHref = useCallback(
    (id: number) => {
      const next = new URLSearchParams(params);
      next.set('entry', String(id));
      return `?${next.toString()}`;
    },
    [params],
  );

  return {
    filters,
    /** The raw `actor` value, for the person filter's Select. */
    actorValue: filters.actor && actor !== null ? actor : '',
    entryId: Number.isSafeInteger(entry) && entry > 0 ? entry : null,
    update,
    entryHref,
  };
}
