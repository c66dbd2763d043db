import { runCliProcess } from './cli-process';
import { runIntegrationsCli } from './integrations-commands';

runCliProcess(runIntegrationsCli);
