import type { RuleKind } from '../../../contract/rules';
import { canonicalJson } from '../../store/canonical-json';
import type { Db } from '../../store/database';
import { latestLists } from '../../store/rule-history-repository';
import { listDigest, readRuleList } from '../../store/rule-lists-repository';
import { normalizeRules } from './normalize-rules';

/** A page of a rule list as the console answered it; `complete` when it holds the whole list. */
export type ListPage = { records: unknown[]; complete: boolean; count: number | null };

/**
 * Whether a list read may show a state history does not have, decided without asking PostHog again. A whole list is
 * compared by digest; a page of a longer one rule by rule, and by its count: over all pages, any create, delete,
 * move or edit shows as a count that differs or a rule that does.
 */
export function pageMayDiffer(db: Db, teamId: number, kind: RuleKind, page: ListPage): boolean {
  const latest = latestLists(db, teamId);
  if (latest === null) return true;
  const rules = normalizeRules(kind, page.records);
  const stored = latest.lists[kind];
  if (page.complete) return listDigest(rules) !== stored.digest;
  const kept = readRuleList(db, kind, stored.id);
  if (page.count !== null && page.count !== kept.length) return true;
  const byId = new Map<string, string>(kept.map((rule) => [rule.id, canonicalJson(rule)]));
  return rules.some((rule) => byId.get(rule.id) !== canonicalJson(rule));
}
