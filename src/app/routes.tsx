import type { RouteObject } from 'react-router-dom';
import { Loading } from '../components/query-states.tsx';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage, RouteError } from './route-error.tsx';

/** Every route of the SPA; each has its own error boundary so one failing view never blanks the app. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewPage />, errorElement: <RouteError /> },
      {
        path: 'compare',
        lazy: async () => ({ Component: (await import('../features/compare/compare-page.tsx')).ComparePage }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      {
        path: 'cities/:id',
        lazy: async () => ({ Component: (await import('../features/city/city-page.tsx')).CityPage }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      {
        path: 'about',
        lazy: async () => ({ Component: (await import('../features/about/about-page.tsx')).AboutPage }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
