import { runCliProcess } from './cli-process';
import { runKeysCli } from './keys-commands';

runCliProcess(runKeysCli);
