import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../http/api-error';
import { runStatsJob } from './run-stats-job';
import type { StatsJob } from './stats-job';
import type { WorkerAnswer } from './worker-answer';

/** The statistics' thread: jobs in, answers out, so the server's event loop never waits on a computation. */
parentPort?.on('message', async ({ id, job }: { id: number; job: StatsJob }) => {
  let answer: WorkerAnswer;
  try {
    answer = { id, stats: await runStatsJob(job) };
  } catch (err) {
    answer =
      err instanceof ApiError
        ? { id, failure: { status: err.status, body: err.body, headers: err.headers } }
        : { id, crash: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(answer);
});
