import type { OrderImpact, OrderImpactRequest } from '../../lib/rule-outcomes/order-impact-job';
import type { RulePreview, RulePreviewRequest } from '../../lib/rule-outcomes/preview-rule-job';
import type {
  ExceptionSource,
  ExceptionWindow,
  PreviewJob,
  PreviewProgress,
  PreviewWorkerReply,
  PreviewWorkerRequest,
} from './preview-messages';
import { deserializeError } from './serialized-error';

/** What the page needs of a worker (the tests' stand-in runs the same host in the page's thread). */
export interface PreviewWorkerLike {
  postMessage(request: PreviewWorkerRequest): void;
  onmessage: ((event: MessageEvent<PreviewWorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type PreviewDone<T> = { window: ExceptionWindow; outcome: T };
export type PreviewRun<T> = { result: Promise<PreviewDone<T>>; cancel: () => void };

type Outcome = RulePreview | OrderImpact;
type Pending = {
  resolve: (done: PreviewDone<Outcome>) => void;
  reject: (error: unknown) => void;
  onProgress?: (progress: PreviewProgress) => void;
};

const cancelledError = () => new DOMException('The preview was cancelled.', 'AbortError');
export const isCancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

// The engine and up to 10,000 exceptions live in the worker, never in the page's bundle or on its main thread.
let createWorker = (): PreviewWorkerLike =>
  new Worker(new URL('./rule-preview.worker.ts', import.meta.url), { type: 'module', name: 'rule-preview' });

/** The page's one preview worker: jobs go in by id, progress and results come back by id. */
class PreviewWorkerClient {
  private worker: PreviewWorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** What the candidate rule would do, in its place among its kind's rules. */
  preview(
    source: ExceptionSource,
    request: RulePreviewRequest,
    onProgress?: (progress: PreviewProgress) => void,
  ): PreviewRun<RulePreview> {
    const run = this.run(source, { type: 'preview', request }, onProgress);
    return { ...run, result: run.result.then(({ window, outcome }) => ({ window, outcome: asPreview(outcome) })) };
  }

  /** What saving the kind's rules in a new order changes. */
  orderImpact(
    source: ExceptionSource,
    request: OrderImpactRequest,
    onProgress?: (progress: PreviewProgress) => void,
  ): PreviewRun<OrderImpact> {
    const run = this.run(source, { type: 'order', request }, onProgress);
    return { ...run, result: run.result.then(({ window, outcome }) => ({ window, outcome: asImpact(outcome) })) };
  }

  private run(
    source: ExceptionSource,
    job: PreviewJob,
    onProgress?: (progress: PreviewProgress) => void,
  ): PreviewRun<Outcome> {
    const id = this.nextId++;
    const result = new Promise<PreviewDone<Outcome>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
    });
    try {
      this.started().postMessage({ id, source, ...job });
    } catch (error) {
      this.settle(id)?.reject(error);
    }
    return {
      result,
      cancel: () => {
        const pending = this.settle(id);
        if (!pending) return;
        pending.reject(cancelledError());
        this.worker?.postMessage({ type: 'cancel', id });
      },
    };
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(cancelledError());
  }

  private started(): PreviewWorkerLike {
    if (this.worker) return this.worker;
    const worker = createWorker();
    worker.onmessage = ({ data }) => this.receive(data);
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that failed to start or crashed answers nothing more: the next run starts a new one.
      worker.terminate();
      if (this.worker === worker) this.worker = null;
      const error = new Error(`The preview could not run: ${event.message || 'its worker stopped'}.`);
      for (const id of [...this.pending.keys()]) this.settle(id)?.reject(error);
    };
    this.worker = worker;
    return worker;
  }

  private receive(reply: PreviewWorkerReply): void {
    if (reply.type === 'progress') return this.pending.get(reply.id)?.onProgress?.(reply.progress);
    const pending = this.settle(reply.id);
    if (!pending) return;
    if (reply.type === 'done') pending.resolve({ window: reply.window, outcome: reply.outcome });
    else if (reply.type === 'failed') pending.reject(deserializeError(reply.error));
    else pending.reject(cancelledError());
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    return pending;
  }
}

// Answers come back by id, so a preview's answer is a preview: these only tell TypeScript which one it has.
function asPreview(outcome: Outcome): RulePreview {
  if ('matched' in outcome) return outcome;
  throw new Error('The preview worker answered a preview with an order impact.');
}
function asImpact(outcome: Outcome): OrderImpact {
  if (!('matched' in outcome)) return outcome;
  throw new Error('The preview worker answered an order impact with a preview.');
}

let shared: PreviewWorkerClient | null = null;

export const previewWorker = (): PreviewWorkerClient => (shared ??= new PreviewWorkerClient());

/** Tests only: where workers come from (jsdom has none), and a fresh client with nothing kept. */
export function setPreviewWorkerFactory(factory: () => PreviewWorkerLike): void {
  createWorker = factory;
}
export function resetPreviewWorker(): void {
  shared?.terminate();
  shared = null;
}
