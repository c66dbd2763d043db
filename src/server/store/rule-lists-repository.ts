import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ruleObjectSchema, type RuleKind, type RuleOf } from '../../contract/rules';
import { canonicalJson } from './canonical-json';
import type { Db } from './database';
import { prepared } from './prepared';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What identifies a list's content: equal digests, equal lists (every field, in order). */
export function listDigest(rules: readonly unknown[]): string {
  return sha256(canonicalJson(rules));
}

/** Stores a list once per distinct content of its environment and kind; answers its id. */
export function saveRuleList(db: Db, teamId: number, kind: RuleKind, rules: readonly unknown[]): number {
  const body = canonicalJson(rules);
  const digest = sha256(body);
  prepared(db, 'INSERT OR IGNORE INTO rule_lists (team_id, kind, digest, body) VALUES (?, ?, ?, ?)').run(
    teamId,
    kind,
    digest,
    body,
  );
  const row = prepared(db, 'SELECT id FROM rule_lists WHERE team_id = ? AND kind = ? AND digest = ?').get(
    teamId,
    kind,
    digest,
  ) as { id: number };
  return row.id;
}

export function readRuleList<K extends RuleKind>(db: Db, kind: K, id: number): RuleOf<K>[] {
  const row = prepared(db, 'SELECT body FROM rule_lists WHERE id = ?').get(id) as { body: string } | undefined;
  if (!row) return [];
  return z.array(ruleObjectSchema(kind)).parse(JSON.parse(row.body));
}

/** The lists of an environment that no kept entry points at. */
export function deleteUnusedRuleLists(db: Db, teamId: number): void {
  prepared(
    db,
    `DELETE FROM rule_lists WHERE team_id = ? AND id NOT IN (
       SELECT assignment_list FROM rule_history WHERE team_id = ?
       UNION SELECT grouping_list FROM rule_history WHERE team_id = ?
       UNION SELECT suppression_list FROM rule_history WHERE team_id = ?)`,
  ).run(teamId, teamId, teamId, teamId);
}
