import type { PreviewWorkerRequest } from './preview-messages';
import { createPreviewHost } from './preview-worker-host';

const receive = createPreviewHost((reply) => self.postMessage(reply));
self.addEventListener('message', (event: MessageEvent<PreviewWorkerRequest>) => receive(event.data));
