import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { createAppRouter } from './app/router';
import { createQueryClient } from './lib/query-client';
import { connectTabSync } from './lib/tab-sync';
import { applyDensity, readDensity } from './lib/density';
import { applyTheme, readThemePreference } from './lib/theme';
import './styles/index.css';

// The CSP forbids inline scripts, so a pinned theme is applied here, before the first render.
applyTheme(readThemePreference());
applyDensity(readDensity());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const queryClient = createQueryClient();
connectTabSync(queryClient);
createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={createAppRouter(queryClient)} />
    </AppProviders>
  </StrictMode>,
);
