import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/providers';
import { CurrentEnvironmentContext, type CurrentEnvironment } from '../lib/environments/current-environment';
import { createQueryClient } from '../lib/query-client';

/** One component inside the app's providers, a router and environment 1 ("Web app"), without the shell. */
export function renderInEnvironment(ui: ReactNode, environment: CurrentEnvironment = { id: 1, name: 'Web app' }) {
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter>
        <CurrentEnvironmentContext value={environment}>{ui}</CurrentEnvironmentContext>
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, queryClient, user };
}
