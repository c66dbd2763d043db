import { parseArgs } from 'node:util';
import { UsageError } from './cli-support';

export type RulesArgs =
  | { command: 'help' }
  | { command: 'export'; envId: number; out: string | null }
  | { command: 'plan' | 'apply'; envId: number; file: string; yes: boolean; maps: string[] };

export const rulesUsage = `Usage: npm run rules -- <command> --env ID [options]

Rules as code: an environment's assignment, grouping and suppression rules as a JSON document (schema:
docs/schema/rules-document-v1.json), a plan of what a document would change, and applying it. Works on the local
store ($DATA_DIR, default ./data), or on PostHog when POSTHOG_HOST and POSTHOG_PERSONAL_API_KEY are set as for
npm start. Writes go through the console, so its History shows them.

Commands:
  export --env ID [--out FILE]      Write the environment's rules as a document (default: to stdout).
  plan --env ID FILE                Show what applying FILE would change. Exit 0: nothing, 2: changes, 1: error.
  apply --env ID FILE [--yes]       Show the plan, ask, and apply it; stops at the first failure and says how to
                                    undo what was applied. Without a terminal, --yes is required.

Options:
  --map FROM=TO   For a person or role the document names that this organization lacks: FROM as the plan names
                  it (an email, role:NAME, user#ID), TO an email, role:NAME or "none". Repeatable.
  -h, --help      Show this help.

Local store writes are signed "CLI", or by a personal API key's label when CONSOLE_API_KEY holds one.

Example, copying rules from environment 1 to 2:
  npm run -s rules -- export --env 1 --out rules.json
  npm run rules -- plan --env 2 rules.json
  npm run rules -- apply --env 2 rules.json
`;

const options = {
  env: { type: 'string' },
  out: { type: 'string' },
  yes: { type: 'boolean' },
  map: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const allowed: Record<string, string[]> = {
  export: ['env', 'out'],
  plan: ['env', 'map'],
  apply: ['env', 'map', 'yes'],
};

function envId(value: string | undefined): number {
  if (value === undefined) throw new UsageError('Missing --env: name the environment by its id, e.g. --env 1.');
  if (!/^\d{1,15}$/.test(value.trim()))
    throw new UsageError(`--env takes an environment id (an integer), got: ${value}.`);
  return Number(value);
}

export function parseRulesArgs(argv: string[]): RulesArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${rulesUsage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError(rulesUsage);
  const names = allowed[command];
  if (names === undefined) throw new UsageError(`Unknown command "${command}".\n\n${rulesUsage}`);
  const extra = Object.keys(values).filter((name) => !names.includes(name));
  if (extra.length > 0) throw new UsageError(`"${command}" does not take --${extra.join(', --')}.`);
  if (command === 'export') {
    if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}": export writes to --out FILE.`);
    return { command, envId: envId(values.env), out: values.out ?? null };
  }
  if (rest.length === 0) throw new UsageError(`Missing the document: npm run rules -- ${command} --env ID FILE.`);
  if (rest.length > 1) throw new UsageError(`Unexpected argument "${rest[1]}".`);
  return {
    command: command === 'plan' ? 'plan' : 'apply',
    envId: envId(values.env),
    file: rest[0]!,
    yes: values.yes === true,
    maps: values.map ?? [],
  };
}
