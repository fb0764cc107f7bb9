/**
 * Which part may import which, as zones for import-x/no-restricted-paths (the rule bulletproof-react
 * uses). Imports flow one way: app → features → figures (through their index.ts only) →
 * components, lib, api → contract. A feature never imports another feature, and nothing outside a
 * figure reaches past its index.ts. The server, contract, mocks and scripts keep their own lanes.
 * The zones are built from the folders on disk, so a new feature or figure is covered the day it
 * is added. Import cycles (type imports included) are dependency-cruiser's: .dependency-cruiser.cjs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folders = (root, dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/**
 * @param {string} root the project's folder
 * @param {{ tests?: boolean }} [options] tests may use the scripts' helpers (a free port, a fixture)
 */
export function boundaryZones(root, { tests = false } = {}) {
  const features = folders(root, 'src/features');
  const figures = folders(root, 'src/figures');
  const spaParts = ['src/app', 'src/features', 'src/components', 'src/lib', 'src/api', 'src/*.{ts,tsx}'];
  return [
    {
      target: ['src/components', 'src/lib', 'src/api'],
      from: ['src/app', 'src/features', 'src/figures'],
      message: 'Shared parts (components, lib, api) import no feature, figure or app code.',
    },
    { target: 'src/api', from: ['src/components'], message: 'The API layer draws nothing: it imports no components.' },
    { target: 'src/figures', from: ['src/app', 'src/features'], message: 'A figure imports no page and no app code.' },
    { target: 'src/features', from: 'src/app', message: 'Features do not import the app layer.' },
    ...features.map((feature) => ({
      target: `src/features/${feature}`,
      from: 'src/features',
      except: [`./${feature}`],
      message: `Features do not import each other: share through a figure (src/figures/*/index.ts), components, lib or api, not src/features/*/ from ${feature}.`,
    })),
    ...figures.map((figure) => ({
      target: [
        ...spaParts.filter((part) => part !== 'src/app'),
        ...figures.filter((other) => other !== figure).map((other) => `src/figures/${other}`),
      ],
      from: `src/figures/${figure}`,
      except: ['./index.ts'],
      message: `Use the figure's public face: import from src/figures/${figure}/index.ts, not its inner files.`,
    })),
    // The app also registers each figure's strings, its namespace (src/app/i18n.ts): a chunk per language.
    ...figures.map((figure) => ({
      target: 'src/app',
      from: `src/figures/${figure}`,
      // The catalogs, through Lingui's Vite plugin (`messages.sv.ts?lingui`), and the Swedish one's keys for `t`'s types.
      except: ['./index.ts', './messages.sv.ts', './messages.sv.ts?lingui', './messages.en.ts?lingui'],
      message: `Use the figure's public face: import from src/figures/${figure}/index.ts (or its messages.sv.ts and messages.en.ts, the namespace), not its inner files.`,
    })),
    { target: 'src', from: ['server', 'scripts'], message: 'The SPA talks to the server only through the API.' },
    {
      target: 'contract',
      from: ['server', 'src', 'mocks', 'scripts'],
      message: 'contract/ imports nothing of the server, SPA, mocks or scripts.',
    },
    {
      target: 'server',
      from: ['src', 'mocks', ...(tests ? [] : ['scripts'])],
      message: 'The server imports no SPA, mocks or scripts.',
    },
    {
      target: 'server/domain',
      from: ['server/db', 'server/routes', 'server/http', 'server/admin', 'server/render'],
      message: 'server/domain owns its models and imports nothing from db, routes, http, admin or render.',
    },
    {
      target: 'mocks',
      from: ['server', 'scripts'],
      message: 'The mocks are built from contract/ and fixtures, not the server.',
    },
  ];
}
