import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RouteError } from './route-error';

function Crash(): never {
  throw new Error('Cannot read properties of undefined (reading "filters")');
}

describe('route error', () => {
  it('shows what went wrong with a way out instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([{ path: '/', Component: Crash, errorElement: <RouteError standalone /> }]);
    render(<RouterProvider router={router} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot read properties of undefined (reading "filters")');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(document.title).toBe('Something went wrong · Triage Console');
  });

  it('explains a page chunk that failed to load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([
      {
        path: '/',
        lazy: () =>
          Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/issues-page-abc.js')),
        errorElement: <RouteError />,
        HydrateFallback: () => null,
      },
    ]);
    render(<RouterProvider router={router} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Reloading fetches the current version.');
  });
});
