import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Db } from '../store/database';

export type CliResult = { exitCode: number; stdout: string; stderr: string };

export const ok = (stdout: string): CliResult => ({ exitCode: 0, stdout, stderr: '' });
export const fail = (message: string): CliResult => ({ exitCode: 1, stdout: '', stderr: `${message}\n` });

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
type OptionValue<D> = D extends { type: 'boolean' } ? boolean : string;

export type ParsedArgs<O extends Options> = {
  values: { [K in keyof O]?: OptionValue<O[K]> } & { help?: boolean };
  positionals: string[];
};

function parse<O extends Options>(args: string[], options: O): ParsedArgs<O> {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } satisfies Options;
  return parseArgs({ args, allowPositionals: true, strict: true, options: all }) as ParsedArgs<O>;
}

export function expectOnly(
  { values, positionals }: { values: object; positionals: string[] },
  command: string,
  options: string[],
  positionalCount: number,
): void {
  const extra = Object.keys(values).filter((name) => !options.includes(name));
  if (extra.length > 0) throw new UsageError(`"${command}" does not take --${extra.join(', --')}.`);
  if (positionals.length - 1 > positionalCount)
    throw new UsageError(`Unexpected argument "${positionals[positionalCount + 1]}".`);
}

export type CliSpec<O extends Options> = {
  usage: string;
  options: O;
  commands: Record<string, (db: Db, parsed: ParsedArgs<O>) => CliResult>;
};

/** The database is opened only for a known command, so `--help` or a typo never creates a data directory. */
export function runCli<O extends Options>(spec: CliSpec<O>, argv: string[], openDb: () => Db): CliResult {
  let parsed: ParsedArgs<O>;
  try {
    parsed = parse(argv, spec.options);
  } catch (err) {
    return fail(`${(err as Error).message}\n\n${spec.usage}`);
  }
  if (parsed.values.help) return ok(spec.usage);
  const name = parsed.positionals[0];
  if (name === undefined) return fail(spec.usage);
  const command = Object.hasOwn(spec.commands, name) ? spec.commands[name] : undefined;
  if (!command) return fail(`Unknown command "${name}".\n\n${spec.usage}`);
  try {
    return command(openDb(), parsed);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }
}

export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
