import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { EnvironmentRoute } from './environment-route';
import { HomeRedirect } from './home-redirect';
import { AppLayout } from './layout';
import { PageFallback } from './page-fallback';
import { prefetchEnvironment, prefetchOnlyOnEnter, prefetchSection } from './route-prefetch';
import { RouteError } from './route-error';
import { defaultSectionPath, sections } from './sections';

const notFound = async () => ({ Component: (await import('./not-found-page')).NotFoundPage });

export const appRoutes = (client?: QueryClient): RouteObject[] => [
  {
    id: 'root',
    Component: AppLayout,
    // Only when the shell itself fails; page errors are caught inside it, below.
    errorElement: <RouteError standalone />,
    children: [
      {
        errorElement: <RouteError />,
        HydrateFallback: PageFallback,
        children: [
          { index: true, Component: HomeRedirect },
          {
            path: 'env/:envId',
            Component: EnvironmentRoute,
            loader: client && prefetchEnvironment(client),
            shouldRevalidate: prefetchOnlyOnEnter,
            children: [
              { index: true, element: <Navigate to={defaultSectionPath} replace /> },
              ...sections.map((section) => ({
                path: section.path,
                lazy: async () => ({ Component: await section.load() }),
                loader: client && prefetchSection(client, section),
                shouldRevalidate: prefetchOnlyOnEnter,
                children: section.children,
              })),
              { path: '*', lazy: notFound },
            ],
          },
          { path: '*', lazy: notFound },
        ],
      },
    ],
  },
];

export function createAppRouter(client: QueryClient) {
  return createBrowserRouter(appRoutes(client));
}
