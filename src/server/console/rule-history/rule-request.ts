import type { HistoryAction } from '../../../contract/rule-history';
import { ruleKinds, type RuleKind } from '../../../contract/rules';

export type RuleRequest =
  | { teamId: number; kind: RuleKind; action: 'list' }
  | { teamId: number; kind: RuleKind; action: Exclude<HistoryAction, 'outside' | 'baseline'> };

const rulePath =
  /^\/api\/(?:environments|projects)\/(\d{1,15})\/error_tracking\/(assignment|grouping|suppression)_rules(?:\/(reorder|[0-9a-fA-F-]{36}))?\/?$/;

/** What a request does to an environment's rules, in either mode's paths; null for anything else. */
export function ruleRequest(method: string, pathname: string): RuleRequest | null {
  const match = rulePath.exec(pathname);
  if (!match) return null;
  const [, team, kindName, sub] = match;
  const teamId = Number(team);
  const kind = ruleKinds.find((known) => known === kindName);
  if (kind === undefined) return null;
  if (sub === undefined) {
    if (method === 'GET') return { teamId, kind, action: 'list' };
    if (method === 'POST') return { teamId, kind, action: 'create' };
    return null;
  }
  if (sub === 'reorder') return method === 'PATCH' ? { teamId, kind, action: 'reorder' } : null;
  if (method === 'PATCH' || method === 'PUT') return { teamId, kind, action: 'update' };
  if (method === 'DELETE') return { teamId, kind, action: 'delete' };
  return null;
}
