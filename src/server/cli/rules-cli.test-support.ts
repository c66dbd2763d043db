import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredFilterGroup } from '../../contract/stored-filters';
import { fieldsOf } from '../../rule-plans';
import type { RuleKind } from '../../contract/rules';
import { openDatabase, type Db } from '../store/database';
import { insertUser } from '../store/members-repository';
import { insertRole } from '../store/roles-repository';
import { listHistoryEntries } from '../store/rule-history-repository';
import { createRule, listRules } from '../store/rules-repository';
import { spawnCliAsync } from './spawn-cli.test-support';

export const supportRole = '5d0e8a3c-4f51-4b1e-9a57-0c8b7d1e2f30';

export const on = (value: string): StoredFilterGroup => ({
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value }],
});

/** An organization of two people and a role, and a few rules in environment 1. */
export function seedRules(db: Db): void {
  insertUser(db, {
    id: 1,
    uuid: 'u-1',
    membership_id: 'm-1',
    first_name: 'Ada',
    last_name: '',
    email: 'ada@example.com',
    level: 8,
  });
  insertUser(db, {
    id: 2,
    uuid: 'u-2',
    membership_id: 'm-2',
    first_name: 'Lin',
    last_name: '',
    email: 'lin@example.com',
    level: 1,
  });
  insertRole(db, { id: supportRole, name: 'Support', created_at: '2026-01-01T00:00:00.000Z' }, [2]);
  createRule(db, 1, 'assignment', { filters: on('TypeError'), assignee: { type: 'user', id: 1 }, order_key: 0 });
  createRule(db, 1, 'assignment', {
    filters: on('RangeError'),
    assignee: { type: 'role', id: supportRole },
    order_key: 1,
  });
  createRule(db, 1, 'grouping', { filters: on('ChunkLoadError'), description: 'Deploys' });
  createRule(db, 1, 'suppression', { filters: on('ResizeObserver'), sampling_rate: 1 });
}

/** A kind's rules as what they do, in evaluation order. */
export const rulesOf = (db: Db, envId: number, kind: RuleKind) =>
  listRules(db, envId, kind).results.map((rule) => fieldsOf(kind, rule));

export const allRulesOf = (db: Db, envId: number) => ({
  assignment: rulesOf(db, envId, 'assignment'),
  grouping: rulesOf(db, envId, 'grouping'),
  suppression: rulesOf(db, envId, 'suppression'),
});

export function scratchDirs() {
  const dirs: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
      dirs.push(dir);
      return dir;
    },
    clean: () => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `npm run rules` in its own process, without a terminal, never connected unless told. */
export const runRules = (dataDir: string, argv: string[], env: Record<string, string> = {}) =>
  spawnCliAsync('rules.ts', dataDir, argv, { POSTHOG_HOST: '', CONSOLE_API_KEY: '', ...env });

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
export const writeJson = (file: string, value: unknown) => writeFileSync(file, JSON.stringify(value, null, 2));

/** The newest history entries of an environment, as who made them, what they did and under which plan. */
export function historyOf(db: Db, envId: number, limit: number) {
  return listHistoryEntries(db, envId, { limit }).results.map(({ actor, action, plan_label }) => ({
    actor,
    action,
    plan_label,
  }));
}

/** The same, read from a data directory (the CLI's own, in connected mode). */
export function historyIn(dataDir: string, envId: number, limit: number) {
  const db = openDatabase(dataDir);
  try {
    return historyOf(db, envId, limit);
  } finally {
    db.close();
  }
}
