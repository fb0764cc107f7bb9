import type { RouteObject } from 'react-router-dom';
import { STATIC_API } from '../api/client.ts';
import { Loading } from '../components/query-states.tsx';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage, RouteError } from './route-error.tsx';

/** Every route of the SPA; each has its own error boundary so one failing view never blanks the app. */
export const routes: RouteObject[] = [
  {
    // Presenter mode: full screen, without the app's chrome.
    path: 'present',
    lazy: async () => ({ Component: (await import('../features/present/present-page.tsx')).PresentPage }),
    hydrateFallbackElement: <Loading />,
    errorElement: <RouteError />,
  },
  {
    // Embeds for other sites' iframes: the figure alone, without the app's chrome. Only /embed/* may be framed.
    path: 'embed/compare',
    lazy: async () => ({ Component: (await import('../features/embed/embed-compare-page.tsx')).EmbedComparePage }),
    hydrateFallbackElement: <Loading />,
    errorElement: <RouteError />,
  },
  {
    path: 'embed/map',
    lazy: async () => ({ Component: (await import('../features/embed/embed-map-page.tsx')).EmbedMapPage }),
    hydrateFallbackElement: <Loading />,
    errorElement: <RouteError />,
  },
  {
    // Everything under /embed/ may be framed (server/site.ts), so an unknown embed has no chrome either.
    path: 'embed/*',
    lazy: async () => ({ Component: (await import('../features/embed/embed-not-found.tsx')).EmbedNotFoundPage }),
    hydrateFallbackElement: <Loading />,
    errorElement: <RouteError />,
  },
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
        path: 'map',
        lazy: async () => ({ Component: (await import('../features/map/map-page.tsx')).MapPage }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      {
        path: 'sectors',
        lazy: async () => ({ Component: (await import('../features/peers/sector-matrix-page.tsx')).SectorMatrixPage }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      {
        path: 'contracts',
        lazy: async () => ({ Component: (await import('../features/contracts/contracts-page.tsx')).ContractsPage }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      {
        path: 'standings',
        lazy: async () => ({ Component: (await import('../features/standings/standings-page.tsx')).StandingsPage }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      {
        path: 'about',
        lazy: async () => ({ Component: (await import('../features/about/about-page.tsx')).AboutPage }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      {
        // Coordinators only: sign-in with a token, uploads, signings, targets and the audit log.
        // A static copy has no server to write to: it says it is read-only instead.
        path: 'admin',
        lazy: async () => ({
          Component: STATIC_API ? (await import('./static-admin-page.tsx')).StaticAdminPage : (await import('../features/admin/admin-page.tsx')).AdminPage,
        }),
        hydrateFallbackElement: <Loading />,
        errorElement: <RouteError />,
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
