import '@testing-library/jest-dom/vitest';
import './dialog-polyfill';
import './layout-polyfill';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetEnvironmentPrefix } from '../lib/api-paths';
import { resetDeprecationNotices } from '../lib/deprecation-notices';
import { resetPreviewWorker, setPreviewWorkerFactory } from '../data/rule-preview/preview-worker-client';
import { InThreadPreviewWorker } from './in-thread-preview-worker';

// Whole-app renders against the in-process server take longer than findBy's default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });
setPreviewWorkerFactory(() => new InThreadPreviewWorker());

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-density');
  document.title = '';
  // Module state of the api client: which path prefix the instance takes, what it marked deprecated.
  resetEnvironmentPrefix();
  resetDeprecationNotices();
  // The preview worker keeps the exceptions it fetched: the next test has another server.
  resetPreviewWorker();
});
