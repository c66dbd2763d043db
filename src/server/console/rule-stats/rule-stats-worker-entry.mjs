// Worker threads do not inherit the parent's TypeScript loader (`node --import tsx`): the worker registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./rule-stats-worker.ts');
