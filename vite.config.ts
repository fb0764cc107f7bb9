import { defineConfig } from 'vite';
import type { ViteUserConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { precompress } from './scripts/vite/precompress.ts';
import { precacheList } from './scripts/vite/precache-list.ts';
import { chunkPackages, withoutMockWorker } from './scripts/vite/build-output.ts';

const apiTarget = process.env.API_URL ?? `http://127.0.0.1:${process.env.PORT ?? '8080'}`;

/**
 * Source maps only when asked for (`SOURCEMAP=1 npm run build`): the site serves everything in
 * dist/, and a production site need not publish its sources. The bench tells the chunks apart
 * by the build's own list of packages per chunk (.vite/chunk-packages.json), not by source maps.
 */
const sourcemap = process.env.SOURCEMAP === '1';

/** How the client build splits its chunks (the server bundle keeps rolldown's defaults). */
const CLIENT_OUTPUT = {
  // The entry is src/boot.ts (index.html's one script).
  entryFileNames: 'assets/boot-[hash].js',
  // React, the router and react-query change rarely: one cacheable vendor chunk.
  // recharts only loads with the chart routes that need it.
  codeSplitting: {
    groups: [
      {
        name: 'react-vendor',
        test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack|use-sync-external-store)[\\/]/,
      },
      // The map's projection and outlines load with the map alone, not with every chart.
      // d3-array's ticks lay out every chart's axes (src/lib/chart-geometry.ts): small, and not worth the map's projection.
      { name: 'd3-array', test: /node_modules[\\/](d3-array|internmap)[\\/]/ },
      { name: 'geo', test: /node_modules[\\/](d3-geo|topojson-client)[\\/]/ },
      {
        name: 'charts',
        test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|@reduxjs|redux|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3)[\\/]/,
      },
    ],
  },
};

/** Vitest: Node code in node, React code in jsdom. */
const TEST_CONFIG: ViteUserConfig['test'] = {
  globals: true,
  // One test file per core. Vitest's default leaves one core to its main process (cpus − 1), which on a
  // 2-core machine runs every file one after another while the main process mostly waits.
  maxWorkers: '100%',
  projects: [
    {
      extends: true,
      test: {
        name: 'node',
        environment: 'node',
        include: [
          'server/**/*.test.ts',
          'scripts/**/*.test.ts',
          'contract/**/*.test.ts',
          'mocks/**/*.test.ts',
          'lint/**/*.test.ts',
        ],
      },
    },
    {
      extends: true,
      test: {
        name: 'dom',
        environment: 'jsdom',
        include: ['src/**/*.test.{ts,tsx}'],
        // The first test of a file also transforms and loads its lazy route: give it room on 2 cores.
        testTimeout: 20_000,
        setupFiles: ['tests/setup.ts'],
      },
    },
  ],
};

export default defineConfig(({ isSsrBuild }) => ({
  // The server bundle (`vite build --ssr`, dist/server/) is read from disk by the server, never sent: no compressed copies.
  // MSW's worker (public/) is for `npm run dev:mock` (vite --mode mock); a build keeps it only in that mode.
  plugins: isSsrBuild
    ? [react(), lingui({ failOnMissing: true, failOnCompileError: true })]
    : [
        react(),
        lingui({ failOnMissing: true, failOnCompileError: true }),
        precacheList(),
        chunkPackages(),
        withoutMockWorker(),
        precompress(),
      ],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    sourcemap,
    // Every browser the dashboard supports knows modulepreload; src/boot.ts adds its own links.
    modulePreload: {
      polyfill: false,
      // src/boot.ts imports the app once the page has painted; the module loader fetches what the
      // app imports. A link per chunk made by script costs the main thread more than it saves.
      resolveDependencies: (_file, deps, { hostId }) => (/^assets\/boot-[\w-]{8}\.js$/.test(hostId) ? [] : deps),
    },
    // dist/.vite/manifest.json: the server links each page's own chunk and CSS (server/render/pages.ts).
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: CLIENT_OUTPUT,
        },
  },
  ssr: {
    // Bundled into the server entry rather than imported at run time: recharts' dependencies ship ESM that Node cannot import by itself.
    noExternal: ['recharts'],
  },
  test: TEST_CONFIG,
}));
