import { runSendExceptionCli } from './send-exception-command';

const result = await runSendExceptionCli(process.argv.slice(2), process.env);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
