import '@testing-library/jest-dom/vitest';
import './dialog-polyfill';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetEnvironmentPrefix } from '../lib/api-paths';
import { resetDeprecationNotices } from '../lib/deprecation-notices';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.title = '';
  // Module state of the api client: which path prefix the instance takes, what it marked deprecated.
  resetEnvironmentPrefix();
  resetDeprecationNotices();
});
