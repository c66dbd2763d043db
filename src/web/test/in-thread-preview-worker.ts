import type { PreviewWorkerReply, PreviewWorkerRequest } from '../data/rule-preview/preview-messages';
import { createPreviewHost } from '../data/rule-preview/preview-worker-host';
import type { PreviewWorkerLike } from '../data/rule-preview/preview-worker-client';

/**
 * jsdom has no Worker: this runs the worker's own host in the test's thread, messages copied and delivered on a
 * later turn, as a worker's are. Its fetches reach the test's API like the page's.
 */
export class InThreadPreviewWorker implements PreviewWorkerLike {
  onmessage: ((event: MessageEvent<PreviewWorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private terminated = false;
  private readonly receive = createPreviewHost((reply) => {
    const data = structuredClone(reply);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
    });
  });

  postMessage(request: PreviewWorkerRequest): void {
    const data = structuredClone(request);
    setTimeout(() => {
      if (!this.terminated) this.receive(data);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
