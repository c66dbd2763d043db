import { useRules } from './get-rules';
import type { RuleLists } from './to-engine-rules';

export type AllRules =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; lists: RuleLists };

/** The environment's three rule lists together: what the pipeline runs, so nothing is shown until all are in. */
export function useAllRules(envId: number): AllRules {
  const grouping = useRules(envId, 'grouping');
  const suppression = useRules(envId, 'suppression');
  const assignment = useRules(envId, 'assignment');
  const queries = [grouping, suppression, assignment];
  const failed = queries.find((query) => query.isError && query.data === undefined);
  if (failed) {
    return { status: 'error', error: failed.error, retry: () => queries.forEach((query) => void query.refetch()) };
  }
  if (!grouping.data || !suppression.data || !assignment.data) return { status: 'pending' };
  return {
    status: 'ready',
    lists: {
      grouping: grouping.data.results,
      suppression: suppression.data.results,
      assignment: assignment.data.results,
    },
  };
}
