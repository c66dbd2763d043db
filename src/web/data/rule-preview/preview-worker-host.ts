import { orderImpactJob } from '../../lib/rule-outcomes/order-impact-job';
import { previewRuleJob } from '../../lib/rule-outcomes/preview-rule-job';
import type { Job } from '../../lib/rule-outcomes/job-progress';
import { getRecentExceptions } from '../exceptions/get-recent-exceptions';
import { ExceptionSets, type ExceptionSet, type FetchExceptions } from './exception-sets';
import type { ExceptionWindow, PreviewWorkerReply, PreviewWorkerRequest } from './preview-messages';
import { serializeError } from './serialized-error';

/** Work between two looks at the message queue: a cancel waits at most this long. */
const sliceMs = 12;
const progressEveryMs = 100;

const fetchRecent: FetchExceptions = ({ envId, days, limit }) => getRecentExceptions(envId, { days, limit });

// A message to ourselves comes back at once; a zero timeout is clamped to 4 ms once nested.
function nextTurn(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const windowOf = ({ answer }: ExceptionSet): ExceptionWindow => ({
  days: answer.window.days,
  from: answer.window.from,
  to: answer.window.to,
  exceptions: answer.results.length,
  hasMore: answer.hasMore,
  skipped: answer.skipped,
});

/**
 * The worker's side: fetches a window's exceptions once (through the console's API, as the page would), then runs
 * each job on them in slices, one job at a time, so that a cancel from the page is read within a slice.
 */
export function createPreviewHost(post: (reply: PreviewWorkerReply) => void, fetchExceptions = fetchRecent) {
  const sets = new ExceptionSets(fetchExceptions);
  const waiting = new Set<number>();
  const cancelled = new Set<number>();
  let queue = Promise.resolve();

  const stopped = (id: number) => {
    if (!cancelled.delete(id)) return false;
    post({ type: 'cancelled', id });
    return true;
  };

  /** Runs the job in slices; false when the page cancelled it meanwhile. */
  async function drive<T>(id: number, job: Job<T>): Promise<{ value: T } | null> {
    let sliceStart = performance.now();
    let progressAt = sliceStart;
    for (;;) {
      const step = job.next();
      if (step.done) return { value: step.value };
      const now = performance.now();
      if (now - sliceStart < sliceMs) continue;
      if (now - progressAt >= progressEveryMs) {
        post({ type: 'progress', id, progress: step.value });
        progressAt = now;
      }
      await nextTurn();
      if (stopped(id)) return null;
      sliceStart = performance.now();
    }
  }

  async function run(request: Exclude<PreviewWorkerRequest, { type: 'cancel' }>) {
    const { id } = request;
    if (stopped(id)) return;
    post({ type: 'progress', id, progress: { phase: 'loading', done: 0, total: 0 } });
    const set = await sets.get(request.source);
    if (stopped(id)) return;
    const done =
      request.type === 'preview'
        ? await drive(id, previewRuleJob(set.table, request.request))
        : await drive(id, orderImpactJob(set.table, request.request));
    if (done) post({ type: 'done', id, window: windowOf(set), outcome: done.value });
  }

  return (request: PreviewWorkerRequest) => {
    if (request.type === 'cancel') {
      if (waiting.has(request.id)) cancelled.add(request.id);
      return;
    }
    waiting.add(request.id);
    queue = queue
      .then(() => run(request))
      .catch((error: unknown) => post({ type: 'failed', id: request.id, error: serializeError(error) }))
      .finally(() => {
        waiting.delete(request.id);
        cancelled.delete(request.id);
      });
  };
}
