/**
 * Every route of the app, for React Router's declarative mode (`useRoutes`): the browser's
 * BrowserRouter, the server's StaticRouter and the tests' MemoryRouter all render this one
 * table. Pages other than the overview load with their route (React.lazy); on the server
 * React waits for them, in the browser each hydrates when its code arrives, the server's
 * HTML standing until then. `handle` tells the server what a route needs (src/app/prefetch.ts).
 */
import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { STATIC_API } from '../api/client.ts';
import { Loading } from '../components/query-states.tsx';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { prefetchNamespaces, type AppNamespace } from './i18n.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Layout } from './layout.tsx';
import { RouteBoundary } from './route-boundary.tsx';
import { NotFoundPage } from './route-error.tsx';

/** A page as the server sees it: which data it draws first, and which status it answers with. */
export type PageName =
  | 'overview'
  | 'compare'
  | 'city'
  | 'map'
  | 'sectors'
  | 'contracts'
  | 'standings'
  | 'about'
  | 'embed-compare'
  | 'embed-map'
  | 'present'
  | 'admin'
  | 'not-found';

export interface RouteHandle {
  page: PageName;
  /** The page module's source path: the key of its chunk in Vite's manifest, for modulepreload links. */
  module?: string;
}

/**
 * Marks <html data-ready="<page>"> once the page is interactive: its part of a server-rendered
 * page has hydrated (the page's own effects, its key handlers among them, ran just before, as
 * this comes after it). A server-rendered page is readable before it answers keys; tests and
 * the bench wait for this.
 */
function PageReady({ name }: { name: PageName }) {
  useEffect(() => {
    document.documentElement.dataset.ready = name;
  }, [name]);
  return null;
}

function page(name: PageName, module: string | undefined, element: ReactNode): Pick<RouteObject, 'element' | 'handle'> {
  const handle: RouteHandle = { page: name, module };
  return {
    handle,
    element: (
      <RouteBoundary>
        <Suspense fallback={<Loading />}>
          {element}
          <PageReady name={name} />
        </Suspense>
      </RouteBoundary>
    ),
  };
}

/**
 * A page that loads with its route, together with its namespaces (its feature's strings and its
 * figures'): their code is fetched alongside the page's, and the page renders once it holds them
 * (useI18n suspends until then), so it never shows a key.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType, namespaces: AppNamespace[]) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), prefetchNamespaces(namespaces)]);
    const Page = pick(module);
    function PageWithStrings() {
      useI18n(namespaces);
      return <Page />;
    }
    return { default: PageWithStrings };
  });
}

const FIGURES: AppNamespace[] = [
  'figure-map',
  'figure-sector-matrix',
  'figure-sector-mix',
  'figure-standings',
  'figure-trajectory',
];

const PresentPage = lazyPage(
  () => import('../features/present/present-page.tsx'),
  (m) => m.PresentPage,
  ['present', ...FIGURES],
);
const EmbedComparePage = lazyPage(
  () => import('../features/embed/embed-compare-page.tsx'),
  (m) => m.EmbedComparePage,
  ['embed', 'figure-trajectory'],
);
const EmbedMapPage = lazyPage(
  () => import('../features/embed/embed-map-page.tsx'),
  (m) => m.EmbedMapPage,
  ['embed', 'figure-map'],
);
const EmbedNotFoundPage = lazyPage(
  () => import('../features/embed/embed-not-found.tsx'),
  (m) => m.EmbedNotFoundPage,
  ['embed'],
);
const ComparePage = lazyPage(
  () => import('../features/compare/compare-page.tsx'),
  (m) => m.ComparePage,
  ['compare', 'figure-trajectory'],
);
const CityPage = lazyPage(
  () => import('../features/city/city-page.tsx'),
  (m) => m.CityPage,
  ['city', 'peers', 'figure-trajectory', 'figure-sector-mix', 'figure-standings'],
);
const MapPage = lazyPage(
  () => import('../features/map/map-page.tsx'),
  (m) => m.MapPage,
  ['map', 'figure-map'],
);
const SectorMatrixPage = lazyPage(
  () => import('../features/sectors/sector-matrix-page.tsx'),
  (m) => m.SectorMatrixPage,
  ['sectors', 'figure-sector-matrix'],
);
const ContractsPage = lazyPage(
  () => import('../features/contracts/contracts-page.tsx'),
  (m) => m.ContractsPage,
  ['contracts'],
);
const StandingsPage = lazyPage(
  () => import('../features/standings/standings-page.tsx'),
  (m) => m.StandingsPage,
  ['standings', 'figure-standings'],
);
const AboutPage = lazyPage(
  () => import('../features/about/about-page.tsx'),
  (m) => m.AboutPage,
  ['about'],
);
// A static copy has no server to write to: its /admin says it is read-only instead.
const AdminPage = STATIC_API
  ? lazyPage(
      () => import('./static-admin-page.tsx'),
      (m) => m.StaticAdminPage,
      ['admin'],
    )
  : lazyPage(
      () => import('../features/admin/admin-page.tsx'),
      (m) => m.AdminPage,
      ['admin'],
    );

export const routes: RouteObject[] = [
  // Presenter mode: full screen, without the app's chrome.
  { path: 'present', ...page('present', 'src/features/present/present-page.tsx', <PresentPage />) },
  // Embeds for other sites' iframes: the figure alone, without the app's chrome. Only /embed/* may be framed.
  {
    path: 'embed/compare',
    ...page('embed-compare', 'src/features/embed/embed-compare-page.tsx', <EmbedComparePage />),
  },
  { path: 'embed/map', ...page('embed-map', 'src/features/embed/embed-map-page.tsx', <EmbedMapPage />) },
  // Everything under /embed/ may be framed (server/site.ts), so an unknown embed has no chrome either.
  { path: 'embed/*', ...page('not-found', 'src/features/embed/embed-not-found.tsx', <EmbedNotFoundPage />) },
  {
    element: <Layout />,
    children: [
      { index: true, ...page('overview', undefined, <OverviewPage />) },
      { path: 'compare', ...page('compare', 'src/features/compare/compare-page.tsx', <ComparePage />) },
      { path: 'cities/:id', ...page('city', 'src/features/city/city-page.tsx', <CityPage />) },
      { path: 'map', ...page('map', 'src/features/map/map-page.tsx', <MapPage />) },
      { path: 'sectors', ...page('sectors', 'src/features/sectors/sector-matrix-page.tsx', <SectorMatrixPage />) },
      { path: 'contracts', ...page('contracts', 'src/features/contracts/contracts-page.tsx', <ContractsPage />) },
      { path: 'standings', ...page('standings', 'src/features/standings/standings-page.tsx', <StandingsPage />) },
      { path: 'about', ...page('about', 'src/features/about/about-page.tsx', <AboutPage />) },
      // Coordinators only: sign-in with a token, uploads, signings, targets and the audit log.
      {
        path: 'admin',
        ...page(
          'admin',
          STATIC_API ? 'src/app/static-admin-page.tsx' : 'src/features/admin/admin-page.tsx',
          <AdminPage />,
        ),
      },
      { path: '*', ...page('not-found', undefined, <NotFoundPage />) },
    ],
  },
];
