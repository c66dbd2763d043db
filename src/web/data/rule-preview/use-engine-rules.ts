import { useMemo } from 'react';
import type { EngineRules } from '../../../rule-engine/types';
import { toEngineRules } from '../rules/to-engine-rules';
import { useAllRules } from '../rules/use-all-rules';

export type EngineRulesState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; rules: EngineRules };

/** The environment's three lists as the engine takes them: one object until one of the lists changes. */
export function useEngineRules(envId: number): EngineRulesState {
  const all = useAllRules(envId);
  const lists = all.status === 'ready' ? all.lists : null;
  const [grouping, suppression, assignment] = [lists?.grouping, lists?.suppression, lists?.assignment];
  const rules = useMemo(
    () => (grouping && suppression && assignment ? toEngineRules({ grouping, suppression, assignment }) : null),
    [grouping, suppression, assignment],
  );
  if (all.status === 'error') return all;
  return rules ? { status: 'ready', rules } : { status: 'pending' };
}
