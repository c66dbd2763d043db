import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { QueryView } from './query-view';

const throttled = new ApiError(
  429,
  {
    type: 'throttled_error',
    code: 'throttled',
    detail: 'Request was throttled. Expected available in 3 seconds.',
    attr: null,
  },
  3,
);

function Things({ queryFn }: { queryFn: () => Promise<string[]> }) {
  const query = useQuery({ queryKey: ['things'], queryFn });
  return (
    <QueryView query={query} label="things" isEmpty={(data) => data.length === 0} empty={<p>Nothing yet.</p>}>
      {(data) => <p>{data.join(', ')}</p>}
    </QueryView>
  );
}

function renderWith(client: QueryClient, queryFn: () => Promise<string[]>) {
  return render(
    <QueryClientProvider client={client}>
      <Things queryFn={queryFn} />
    </QueryClientProvider>,
  );
}

describe('QueryView', () => {
  it('is busy, with words for screen readers, until data arrives', async () => {
    renderWith(new QueryClient(), () => new Promise(() => {}));
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Loading things…');
  });

  it('says PostHog is rate-limiting while it waits for Retry-After', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: 1, retryDelay: 60_000 } } });
    renderWith(client, () => Promise.reject(throttled));
    expect(await screen.findByText('PostHog is rate-limiting requests; retrying in 3 s.')).toBeInTheDocument();
  });

  it('shows the empty state for an empty answer', async () => {
    renderWith(new QueryClient(), () => Promise.resolve([]));
    expect(await screen.findByText('Nothing yet.')).toBeInTheDocument();
  });

  it('keeps data on screen when a background refresh fails, and says so', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(['things'], ['a', 'b']);
    const failure = new ApiError(0, {
      type: 'network_error',
      code: 'network_error',
      detail: 'Could not reach the server.',
      attr: null,
    });
    renderWith(client, () => Promise.reject(failure));

    await act(() => client.refetchQueries({ queryKey: ['things'] }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not refresh things; showing what was loaded before.');
    expect(alert).toHaveTextContent('Could not reach the server.');
    expect(screen.getByText('a, b')).toBeInTheDocument();
  });
});
