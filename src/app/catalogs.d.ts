/** Every namespace's Swedish strings, for `t`'s types (src/lib/i18n.tsx CatalogRegistry). */
import type {} from '../lib/i18n.tsx';
import type commonSv from '../lib/messages.sv.ts';
import type overviewSv from '../features/overview/messages.sv.ts';
import type figureHeadlineSv from '../figures/headline/messages.sv.ts';
import type exportSv from '../components/export/messages.sv.ts';
import type shareSv from '../components/share/messages.sv.ts';
import type aboutSv from '../features/about/messages.sv.ts';
import type adminSv from '../features/admin/messages.sv.ts';
import type citySv from '../features/city/messages.sv.ts';
import type peersSv from '../features/city/peers/messages.sv.ts';
import type compareSv from '../features/compare/messages.sv.ts';
import type contractsSv from '../features/contracts/messages.sv.ts';
import type embedSv from '../features/embed/messages.sv.ts';
import type mapSv from '../features/map/messages.sv.ts';
import type presentSv from '../features/present/messages.sv.ts';
import type sectorsSv from '../features/sectors/messages.sv.ts';
import type standingsSv from '../features/standings/messages.sv.ts';
import type figureMapSv from '../figures/map/messages.sv.ts';
import type figureSectorMatrixSv from '../figures/sector-matrix/messages.sv.ts';
import type figureSectorMixSv from '../figures/sector-mix/messages.sv.ts';
import type figureStandingsSv from '../figures/standings/messages.sv.ts';
import type figureTrajectorySv from '../figures/trajectory/messages.sv.ts';

declare module '../lib/i18n.tsx' {
  interface CatalogRegistry {
    common: typeof commonSv;
    overview: typeof overviewSv;
    'figure-headline': typeof figureHeadlineSv;
    export: typeof exportSv;
    share: typeof shareSv;
    about: typeof aboutSv;
    admin: typeof adminSv;
    city: typeof citySv;
    peers: typeof peersSv;
    compare: typeof compareSv;
    contracts: typeof contractsSv;
    embed: typeof embedSv;
    map: typeof mapSv;
    present: typeof presentSv;
    sectors: typeof sectorsSv;
    standings: typeof standingsSv;
    'figure-map': typeof figureMapSv;
    'figure-sector-matrix': typeof figureSectorMatrixSv;
    'figure-sector-mix': typeof figureSectorMixSv;
    'figure-standings': typeof figureStandingsSv;
    'figure-trajectory': typeof figureTrajectorySv;
  }
}
