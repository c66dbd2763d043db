import type { RuleKind, RuleOf } from '../../../contract/rules';
import type { Upstream } from '../../connected/upstream-config';
import type { Db } from '../../store/database';
import { listRules } from '../../store/rules-repository';
import { readUpstreamKind } from '../rule-stats/read-rules';
import { normalizeRules } from './normalize-rules';

/** An environment's three lists, each in evaluation order (a RuleSnapshot, typed per kind). */
export type RuleLists = { [K in RuleKind]: RuleOf<K>[] };

/** Where an environment's rules are read from for history: the store (local mode) or PostHog (all pages). */
export type RuleStateSource = {
  readKind: <K extends RuleKind>(teamId: number, kind: K) => Promise<RuleOf<K>[]>;
};

const readStoredKind = <K extends RuleKind>(db: Db, teamId: number, kind: K) =>
  normalizeRules(kind, listRules(db, teamId, kind).results);

/** The local store's lists, as history keeps them. */
export function readStoredRules(db: Db, teamId: number): RuleLists {
  return {
    assignment: readStoredKind(db, teamId, 'assignment'),
    grouping: readStoredKind(db, teamId, 'grouping'),
    suppression: readStoredKind(db, teamId, 'suppression'),
  };
}

export function localRuleSource(db: Db): RuleStateSource {
  return { readKind: async (teamId, kind) => readStoredKind(db, teamId, kind) };
}

/** With the server's key, always; whoever asked. */
export function upstreamRuleSource(upstream: Upstream): RuleStateSource {
  return { readKind: async (teamId, kind) => normalizeRules(kind, await readUpstreamKind(upstream, teamId, kind)) };
}

export async function readRuleState(source: RuleStateSource, teamId: number): Promise<RuleLists> {
  const [assignment, grouping, suppression] = await Promise.all([
    source.readKind(teamId, 'assignment'),
    source.readKind(teamId, 'grouping'),
    source.readKind(teamId, 'suppression'),
  ]);
  return { assignment, grouping, suppression };
}
