import { ZodError } from 'zod';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { rulesDocumentSchemaPath, type RulesDocument } from '../../contract/rules-document';
import {
  applyPlan,
  fromRulesDocument,
  planDiff,
  planRules,
  toRulesDocument,
  type AssigneeDirectory,
  type RulePlan,
} from '../../rule-plans';
import type { RuleSnapshot } from '../../contract/rule-history';
import { parseAssigneeMapping } from './assignee-mapping';
import { UsageError } from './cli-support';
import { consoleRulePort } from './console-rule-port';
import { formatPlan } from './format-plan';
import { operationText } from './operation-text';
import { readDirectory, readEnvironmentName, readSnapshot } from './read-rules-state';
import { readRulesDocument } from './read-rules-document';
import { parseRulesArgs, rulesUsage, type RulesArgs } from './rules-args';
import { ConsoleRequestError, openRulesConsole, type RulesConsole } from './rules-console';
import { serverOrigin } from './send-exception-target';

export type RulesIo = {
  out(text: string): void;
  err(text: string): void;
  stdinIsTty: boolean;
  ask(question: string): Promise<string>;
};

/** terraform plan -detailed-exitcode's: 0 nothing to do, 1 error, 2 changes. */
export const exitCodes = { ok: 0, error: 1, changes: 2 } as const;

type Environment = { envId: number; name: string; api: RulesConsole; env: NodeJS.ProcessEnv };

const where = ({ envId, name, api }: Environment) =>
  `environment ${envId} (${name}), ${api.mode === 'local' ? 'local store' : 'PostHog'}`;

function schemaUrl(env: NodeJS.ProcessEnv): string {
  try {
    return `${serverOrigin(env)}${rulesDocumentSchemaPath}`;
  } catch {
    return `http://127.0.0.1:8010${rulesDocumentSchemaPath}`;
  }
}

function documentOf(environment: Environment, snapshot: RuleSnapshot, directory: AssigneeDirectory): RulesDocument {
  return toRulesDocument(snapshot, directory, {
    source: { environment: { id: environment.envId, name: environment.name }, mode: environment.api.mode },
    schemaUrl: schemaUrl(environment.env),
  });
}

const documentText = (document: RulesDocument) => `${JSON.stringify(document, null, 2)}\n`;

async function exportRules(environment: Environment, out: string | null, io: RulesIo): Promise<number> {
  const [snapshot, directory] = [
    await readSnapshot(environment.api, environment.envId),
    await readDirectory(environment.api),
  ];
  const document = documentOf(environment, snapshot, directory);
  const unknown = [...(document.assignment ?? []), ...(document.grouping ?? [])].filter(
    (rule) => rule.assignee !== null && 'id' in rule.assignee && rule.assignee.id !== undefined,
  );
  if (unknown.length > 0) {
    io.err(`${unknown.length} rule(s) name a person or role the organization does not list: written by id.\n`);
  }
  if (out === null) {
    io.out(documentText(document));
    return exitCodes.ok;
  }
  writeFileSync(out, documentText(document));
  const count = snapshot.assignment.length + snapshot.grouping.length + snapshot.suppression.length;
  io.out(`Exported ${count} rule(s) of ${where(environment)} to ${out}.\n`);
  return exitCodes.ok;
}

type Planned = { plan: RulePlan; before: RuleSnapshot; directory: AssigneeDirectory; text: string; changes: number };

async function planFile(
  environment: Environment,
  args: Extract<RulesArgs, { file: string }>,
  io: RulesIo,
): Promise<Planned> {
  const document = readRulesDocument(args.file);
  const before = await readSnapshot(environment.api, environment.envId);
  const directory = await readDirectory(environment.api);
  const mapping = parseAssigneeMapping(args.maps, directory);
  const source = document.source;
  // Ids of people the directory did not list mean the same people only back in the organization they came from.
  const sameOrganization = source?.environment.id === environment.envId && source.mode === environment.api.mode;
  const { target, unresolved } = fromRulesDocument(document, directory, { mapping, sameOrganization });
  if (unresolved.length > 0) {
    const lines = unresolved.map(
      ({ key, rules }) =>
        `  ${key}, named by ${rules.map(({ kind, position }) => `${kind} rule ${position}`).join(', ')}`,
    );
    throw new UsageError(
      `The document names people or roles this organization does not have:\n${lines.join('\n')}\n` +
        'Map each with --map FROM=TO (TO: an email, role:NAME or none).',
    );
  }
  if (source !== undefined && source.environment.id !== environment.envId) {
    const { id, name } = source.environment;
    io.out(`The document comes from environment ${id} (${name}): rules are matched by content.\n`);
  }
  const plan = planRules(before, target);
  const diff = planDiff(before, plan);
  return { plan, before, directory, text: formatPlan(diff, directory), changes: diff.length };
}

async function apply(
  environment: Environment,
  args: Extract<RulesArgs, { file: string }>,
  io: RulesIo,
): Promise<number> {
  const planned = await planFile(environment, args, io);
  io.out(`Plan for ${where(environment)}:\n\n${planned.text}`);
  const total = planned.plan.operations.length;
  if (total === 0) return exitCodes.ok;
  if (!args.yes) {
    if (!io.stdinIsTty)
      throw new UsageError('Not applied: stdin is not a terminal, so pass --yes to apply without asking.');
    const answer = await io.ask(`\nApply ${total} request(s) to ${where(environment)}? Only "yes" applies: `);
    if (answer.trim().toLowerCase() !== 'yes') {
      io.out('Not applied.\n');
      return exitCodes.error;
    }
  }
  const port = consoleRulePort(environment.api, environment.envId, `Import from file ${basename(args.file)}`);
  const result = await applyPlan(planned.plan, port, {
    onProgress: ({ done, next }) => {
      if (next !== null) io.out(`[${done + 1}/${total}] ${operationText(next, planned.plan)}\n`);
    },
  });
  if (result.status === 'done') {
    io.out(`Applied ${total} request(s) to ${where(environment)}.\n`);
    return exitCodes.ok;
  }
  const error = result.failed?.error;
  const undo = join(dirname(args.file), `rules-env-${environment.envId}-before-${Date.now()}.json`);
  writeFileSync(undo, documentText(documentOf(environment, planned.before, planned.directory)));
  io.err(
    [
      `Failed: ${result.failed ? operationText(result.failed.operation, planned.plan) : ''}: ${error instanceof Error ? error.message : String(error)}`,
      `Applied ${result.applied.length} of ${total} request(s)${result.applied.length > 0 ? ':' : '.'}`,
      ...result.applied.map((operation) => `  ${operationText(operation, planned.plan)}`),
      `Not run: ${result.notRun.length}.`,
      `The rules as they were before are in ${undo}. To undo what was applied:`,
      `  npm run rules -- apply --env ${environment.envId} ${undo}`,
      '',
    ].join('\n'),
  );
  return exitCodes.error;
}

async function run(
  args: Exclude<RulesArgs, { command: 'help' }>,
  env: NodeJS.ProcessEnv,
  io: RulesIo,
): Promise<number> {
  const api = openRulesConsole(env);
  try {
    const environment = { envId: args.envId, name: await readEnvironmentName(api, args.envId), api, env };
    if (args.command === 'export') return await exportRules(environment, args.out, io);
    if (args.command === 'apply') return await apply(environment, args, io);
    const planned = await planFile(environment, args, io);
    io.out(`Plan for ${where(environment)}:\n\n${planned.text}`);
    return planned.changes === 0 ? exitCodes.ok : exitCodes.changes;
  } finally {
    api.close();
  }
}

export async function runRulesCli(argv: string[], env: NodeJS.ProcessEnv, io: RulesIo): Promise<number> {
  try {
    const args = parseRulesArgs(argv);
    if (args.command === 'help') {
      io.out(rulesUsage);
      return exitCodes.ok;
    }
    return await run(args, env, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n`);
      return exitCodes.error;
    }
    if (err instanceof ConsoleRequestError) {
      io.err(`${err.status === 404 ? '' : `HTTP ${err.status}: `}${err.message}\n`);
      return exitCodes.error;
    }
    if (err instanceof ZodError) {
      io.err(`An answer did not match the API contract: ${err.issues[0]?.message ?? err.message}\n`);
      return exitCodes.error;
    }
    throw err;
  }
}
