import type { ApiErrorBody } from '../../../contract/errors';
import type { RuleStats } from '../../../contract/rule-stats';

/** The worker's answer to job `id`: the statistics, an API error to pass on, or a crash to log. */
export type WorkerAnswer =
  | { id: number; stats: RuleStats }
  | { id: number; failure: { status: number; body: ApiErrorBody | null; headers: Record<string, string> } }
  | { id: number; crash: string };
