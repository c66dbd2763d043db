import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RuleStats } from '../../../contract/rule-stats';
import { ApiError, problems } from '../../http/api-error';
import type { StatsJob } from './stats-job';
import type { WorkerAnswer } from './worker-answer';

// Not `new URL(…, import.meta.url)`: Vite rewrites that into an asset URL in the web tests (see store/database.ts).
const entry = join(dirname(fileURLToPath(import.meta.url)), 'rule-stats-worker-entry.mjs');

type Waiting = { resolve: (stats: RuleStats) => void; reject: (error: unknown) => void };

/**
 * One worker thread for the whole process, started on first use and started again should it die; jobs queue in it.
 * It does not keep the process alive.
 */
class StatsWorker {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  run(job: StatsJob): Promise<RuleStats> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    });
  }

  private start(): Worker {
    const worker = new Worker(entry);
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => this.settle(answer));
    worker.on('error', (err) => this.failAll(worker, err));
    worker.on('exit', (code) => this.failAll(worker, new Error(`the statistics worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(answer: WorkerAnswer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    if ('stats' in answer) waiting.resolve(answer.stats);
    else if ('failure' in answer) {
      const { status, body, headers } = answer.failure;
      waiting.reject(new ApiError(status, body, headers));
    } else {
      console.error(`Rule statistics failed: ${answer.crash}`);
      waiting.reject(problems.server());
    }
  }

  private failAll(worker: Worker, err: unknown): void {
    if (this.worker !== worker) return;
    this.worker = null;
    if (this.waiting.size > 0) console.error('Rule statistics worker failed:', err);
    for (const waiting of this.waiting.values()) waiting.reject(problems.server());
    this.waiting.clear();
  }
}

const statsWorker = new StatsWorker();

/** Computes the statistics off the event loop. */
export const computeInWorker = (job: StatsJob): Promise<RuleStats> => statsWorker.run(job);
