import { resolve } from 'node:path';
import { checkCaptureServer } from './check-capture-server';
import { fail, ok, UsageError, type CliResult } from './cli-support';
import { parseSendExceptionArgs, sendExceptionUsage, type SendExceptionArgs } from './send-exception-args';
import { findEnvironmentToken, serverOrigin, type TokenOwner } from './send-exception-target';
import { sendWithPostHogNode } from './send-with-posthog-node';

const quote = (value: string) => JSON.stringify(value);

function report(args: SendExceptionArgs, owner: TokenOwner, origin: string, sent: number): string {
  const details = [
    `distinct id ${quote(args.distinctId)}`,
    args.url !== null ? `$current_url ${quote(args.url)}` : null,
    args.fingerprint !== null ? `$exception_fingerprint ${quote(args.fingerprint)}` : null,
  ].filter((detail) => detail !== null);
  return [
    `Sent ${sent === 1 ? '1 exception' : `${sent} exceptions`} to ${origin} with posthog-node:`,
    `  ${args.type}: ${args.message}`,
    `  ${details.join(', ')}`,
    `Environment ${owner.id} "${owner.name}", project token ${owner.token}.`,
    `Its issues: ${origin}/env/${owner.id}/issues`,
    '',
  ].join('\n');
}

async function send(args: SendExceptionArgs, env: NodeJS.ProcessEnv): Promise<CliResult> {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const owner = findEnvironmentToken(dataDir, args.envId);
  const origin = args.host ?? serverOrigin(env);
  const problem = await checkCaptureServer(origin, owner, dataDir);
  if (problem !== null) return fail(problem);
  const outcome = await sendWithPostHogNode({ origin, token: owner.token }, args);
  if (outcome.failures.length > 0 || outcome.sent < args.count) {
    const reasons = outcome.failures.length > 0 ? outcome.failures.join('; ') : 'posthog-node sent nothing';
    return fail(`Sent ${outcome.sent} of ${args.count} to ${origin}: ${reasons}.`);
  }
  return ok(report(args, owner, origin, outcome.sent));
}

export async function runSendExceptionCli(argv: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  try {
    const args = parseSendExceptionArgs(argv);
    if (args.help) return ok(sendExceptionUsage);
    return await send(args, env);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }
}
