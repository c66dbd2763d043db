import { ruleResourcePaths, type RuleKind } from '../../../contract/rules';
import { environmentPath } from '../../lib/api-paths';
import { resourceKeys } from '../query-keys';

const kindKeys = (kind: RuleKind) => resourceKeys(ruleResourcePaths[kind]);

/** `all` covers the kind's list and every detail. */
export const ruleKeys = {
  all: (envId: number, kind: RuleKind) => kindKeys(kind).all(envId),
  list: (envId: number, kind: RuleKind) => kindKeys(kind).list(envId),
  detail: (envId: number, kind: RuleKind, id: string) => kindKeys(kind).detail(envId, id),
  reorder: (envId: number, kind: RuleKind) => [...kindKeys(kind).all(envId), 'reorder'] as const,
  groupingForIssue: (envId: number, issueId: string) =>
    [...kindKeys('grouping').all(envId), 'for-issue', issueId] as const,
};

/** `/api/projects/:envId/error_tracking/<kind>_rules/<rest>` */
export function rulePath(envId: number, kind: RuleKind, rest = ''): string {
  return environmentPath(envId, `error_tracking/${ruleResourcePaths[kind]}/${rest}`);
}
