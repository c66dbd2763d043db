import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rulesDocumentSchema, type RulesDocument } from '../../contract/rules-document';
import { openDatabase, type Db } from '../store/database';
import { seedProjects } from '../test-support';
import { createPersonalApiKey } from '../gateway/personal-api-keys';
import {
  allRulesOf,
  historyOf,
  on,
  readJson,
  rulesOf,
  runRules,
  scratchDirs,
  seedRules,
  supportRole,
  writeJson,
} from './rules-cli.test-support';

vi.setConfig({ testTimeout: 60_000 });

const scratch = scratchDirs();
let dataDir: string;
let db: Db;
let file: string;

beforeEach(() => {
  dataDir = scratch.make();
  db = openDatabase(dataDir);
  seedProjects(db);
  seedRules(db);
  file = join(dataDir, 'rules.json');
});
afterEach(() => {
  db.close();
  scratch.clean();
});

const readDocument = (): RulesDocument => rulesDocumentSchema.parse(readJson(file));

describe('npm run rules (local store, a real process)', () => {
  it('exports, plans nothing, plans an edit (exit 2), applies it, and then plans nothing again', async () => {
    const exported = await runRules(dataDir, ['export', '--env', '1', '--out', file]);
    expect(exported).toMatchObject({ status: 0, stderr: '' });
    expect(exported.stdout).toBe(`Exported 4 rule(s) of environment 1 (Web app), local store to ${file}.\n`);
    const document = readDocument();
    expect(document.assignment?.map((rule) => rule.assignee)).toEqual([
      { type: 'user', email: 'ada@example.com' },
      { type: 'role', name: 'Support' },
    ]);

    const unchanged = await runRules(dataDir, ['plan', '--env', '1', file]);
    expect(unchanged.stdout).toContain('No changes: the environment already has these rules.');
    expect(unchanged.status).toBe(0);

    const [typeError, rangeError] = document.assignment!;
    writeJson(file, {
      ...document,
      assignment: [
        { ...rangeError!, position: 1, assignee: { type: 'user', email: 'lin@example.com' } },
        { ...typeError!, position: 2 },
      ],
      suppression: [...document.suppression!, { position: 2, filters: on('Script error.'), sampling_rate: 0.5 }],
    });
    const changes = await runRules(dataDir, ['plan', '--env', '1', file]);
    expect(changes.stderr).toBe('');
    expect(changes.status).toBe(2);
    expect(changes.stdout).toBe(
      [
        'Plan for environment 1 (Web app), local store:',
        '',
        'Assignment rules',
        '  ~ update 2, moved from 2 to 1: $exception_types = "RangeError" → lin@example.com',
        '      assignee: role Support → lin@example.com',
        '',
        'Suppression rules',
        '  + create at 2: $exception_types = "Script error." → drop 50%',
        '',
        'Plan: 1 to create, 1 to update.',
        '',
      ].join('\n'),
    );

    const applied = await runRules(dataDir, ['apply', '--env', '1', file, '--yes']);
    expect(applied.stderr).toBe('');
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain('[1/4] create suppression rule 2\n');
    expect(applied.stdout).toContain('Applied 4 request(s) to environment 1 (Web app), local store.\n');
    const byCli = { actor: { type: 'person', name: 'CLI' }, plan_label: 'Import from file rules.json' };
    expect(historyOf(db, 1, 5)).toEqual([
      { ...byCli, action: 'update' },
      { ...byCli, action: 'reorder' },
      { ...byCli, action: 'reorder' },
      { ...byCli, action: 'create' },
      { actor: { type: 'outside', name: null }, action: 'baseline', plan_label: null },
    ]);
    expect(rulesOf(db, 1, 'assignment')).toEqual([
      { filters: on('RangeError'), assignee: { type: 'user', id: 2 } },
      { filters: on('TypeError'), assignee: { type: 'user', id: 1 } },
    ]);
    expect(rulesOf(db, 1, 'suppression')).toEqual([
      { filters: on('ResizeObserver'), sampling_rate: 1 },
      { filters: on('Script error.'), sampling_rate: 0.5 },
    ]);

    const again = await runRules(dataDir, ['plan', '--env', '1', file]);
    expect(again.status).toBe(0);
  });

  it('copies an environment’s rules to another: afterwards both hold the same rules, ids aside', async () => {
    await runRules(dataDir, ['export', '--env', '1', '--out', file]);
    const copied = await runRules(dataDir, ['apply', '--env', '2', file, '--yes']);
    expect(copied.stdout).toContain('The document comes from environment 1 (Web app): rules are matched by content.');
    expect(copied.status).toBe(0);
    expect(allRulesOf(db, 2)).toEqual(allRulesOf(db, 1));
    const plan = await runRules(dataDir, ['plan', '--env', '2', file]);
    expect(plan.status).toBe(0);
  });

  it('refuses to apply without --yes when stdin is not a terminal, and writes nothing', async () => {
    await runRules(dataDir, ['export', '--env', '1', '--out', file]);
    writeJson(file, { ...readDocument(), grouping: [] });
    const before = allRulesOf(db, 1);
    const run = await runRules(dataDir, ['apply', '--env', '1', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '- delete 1: $exception_types = "ChunkLoadError" → one issue, assigned to nobody, "Deploys"',
    );
    expect(run.stderr).toBe('Not applied: stdin is not a terminal, so pass --yes to apply without asking.\n');
    expect(allRulesOf(db, 1)).toEqual(before);
  });

  it.each([
    ['not JSON', '{"version": 1,', /is not JSON/],
    [
      'positions out of step and a misspelt field',
      JSON.stringify({
        version: 1,
        suppression: [{ position: 2, filters: { type: 'AND', values: [] }, sampling_rat: 1 }],
      }),
      /is not a valid rules document \(version 1\):\n {2}suppression\[0\]: Unrecognized key: "sampling_rat"\n {2}suppression\[0\]\.position: Expected position 1/,
    ],
  ])('says what is wrong with a bad file (%s), exits 1 and writes nothing', async (_case, text, message) => {
    writeFileSync(file, text);
    const before = allRulesOf(db, 1);
    for (const command of ['plan', 'apply']) {
      const run = await runRules(dataDir, [command, '--env', '1', file, '--yes'].slice(0, command === 'plan' ? 4 : 5));
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
    }
    expect(allRulesOf(db, 1)).toEqual(before);
  });

  it('reports people this organization lacks, and applies once they are mapped', async () => {
    writeJson(file, {
      version: 1,
      assignment: [
        { position: 1, filters: on('TypeError'), assignee: { type: 'user', email: 'grace@elsewhere.example' } },
      ],
    });
    const unmapped = await runRules(dataDir, ['plan', '--env', '2', file]);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toBe(
      [
        'The document names people or roles this organization does not have:',
        '  user:grace@elsewhere.example, named by assignment rule 1',
        'Map each with --map FROM=TO (TO: an email, role:NAME or none).',
        '',
      ].join('\n'),
    );
    const mapped = await runRules(dataDir, [
      'apply',
      '--env',
      '2',
      file,
      '--yes',
      '--map',
      'grace@elsewhere.example=role:support',
    ]);
    expect(mapped.status).toBe(0);
    expect(rulesOf(db, 2, 'assignment')).toEqual([
      { filters: on('TypeError'), assignee: { type: 'role', id: supportRole } },
    ]);
  });

  it('stops at the first failed request, says what was applied, and leaves a document that undoes it', async () => {
    await runRules(dataDir, ['export', '--env', '1', '--out', file]);
    const document = readDocument();
    const before = allRulesOf(db, 1);
    // PostHog refuses a grouping rule without a filter value; the document's schema cannot know that.
    writeJson(file, {
      ...document,
      grouping: [
        ...document.grouping!,
        { position: 2, filters: on('Added'), assignee: null, description: null },
        { position: 3, filters: { type: 'AND', values: [] }, assignee: null, description: null },
      ],
      suppression: [],
    });
    const run = await runRules(dataDir, ['apply', '--env', '1', file, '--yes']);
    expect(run.status).toBe(1);
    const undo = readdirSync(dataDir).find((name) => /^rules-env-1-before-\d+\.json$/.test(name))!;
    expect(run.stderr).toBe(
      [
        'Failed: create grouping rule 3: Filters must contain at least one filter value. (filters)',
        'Applied 1 of 4 request(s):',
        '  create grouping rule 2',
        'Not run: 2.',
        `The rules as they were before are in ${join(dataDir, undo)}. To undo what was applied:`,
        `  npm run rules -- apply --env 1 ${join(dataDir, undo)}`,
        '',
      ].join('\n'),
    );
    expect(rulesOf(db, 1, 'grouping')).toHaveLength(2);
    const undone = await runRules(dataDir, ['apply', '--env', '1', join(dataDir, undo), '--yes']);
    expect(undone.status).toBe(0);
    expect(allRulesOf(db, 1)).toEqual(before);
  });

  it('writes to the local store with the personal API key in CONSOLE_API_KEY, within its scopes', async () => {
    await runRules(dataDir, ['export', '--env', '1', '--out', file]);
    writeJson(file, { ...readDocument(), suppression: [] });
    const reader = createPersonalApiKey(db, {
      label: 'CI reader',
      scopes: ['error_tracking:read', 'organization_member:read', 'organization:read', 'project:read'],
      scopedTeams: null,
    }).secret;
    const refused = await runRules(dataDir, ['apply', '--env', '1', file, '--yes'], { CONSOLE_API_KEY: reader });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Failed: delete suppression rule');
    expect(refused.stderr).toContain("API key missing required scope 'error_tracking:write'");
    expect(rulesOf(db, 1, 'suppression')).toHaveLength(1);
  });

  it('says where it looked when the data directory has no database, and creates none', async () => {
    const empty = join(scratch.make(), 'nothing-here');
    const run = await runRules(empty, ['export', '--env', '1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^No database at .*nothing-here.*triage-console\.db\. Start the server once/);
    expect(existsSync(empty)).toBe(false);
  });
});
