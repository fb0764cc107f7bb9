/** The namespaces' keys for i18next's types: `t` accepts only keys that exist, with their {placeholders}. */
import 'i18next';
import type { messages as exportMessages } from '../components/export/messages.ts';
import type { messages as shareMessages } from '../components/share/messages.ts';
import type { messages as about } from '../features/about/messages.ts';
import type { messages as admin } from '../features/admin/messages.ts';
import type { messages as city } from '../features/city/messages.ts';
import type { messages as peers } from '../features/city/peers/messages.ts';
import type { messages as compare } from '../features/compare/messages.ts';
import type { messages as contracts } from '../features/contracts/messages.ts';
import type { messages as embed } from '../features/embed/messages.ts';
import type { messages as mapPage } from '../features/map/messages.ts';
import type { messages as overview } from '../features/overview/messages.ts';
import type { messages as present } from '../features/present/messages.ts';
import type { messages as sectors } from '../features/sectors/messages.ts';
import type { messages as standingsPage } from '../features/standings/messages.ts';
import type { messages as headline } from '../figures/headline/messages.ts';
import type { messages as map } from '../figures/map/messages.ts';
import type { messages as sectorMatrix } from '../figures/sector-matrix/messages.ts';
import type { messages as sectorMix } from '../figures/sector-mix/messages.ts';
import type { messages as standings } from '../figures/standings/messages.ts';
import type { messages as trajectory } from '../figures/trajectory/messages.ts';
import type { messages as common } from '../lib/messages.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: 'common';
    keySeparator: false;
    nsSeparator: ':';
    interpolationPrefix: '{';
    interpolationSuffix: '}';
    resources: {
      common: typeof common.sv;
      about: typeof about.sv;
      admin: typeof admin.sv;
      city: typeof city.sv;
      peers: typeof peers.sv;
      compare: typeof compare.sv;
      contracts: typeof contracts.sv;
      embed: typeof embed.sv;
      map: typeof mapPage.sv;
      overview: typeof overview.sv;
      present: typeof present.sv;
      sectors: typeof sectors.sv;
      standings: typeof standingsPage.sv;
      export: typeof exportMessages.sv;
      share: typeof shareMessages.sv;
      'figure-headline': typeof headline.sv;
      'figure-map': typeof map.sv;
      'figure-sector-matrix': typeof sectorMatrix.sv;
      'figure-sector-mix': typeof sectorMix.sv;
      'figure-standings': typeof standings.sv;
      'figure-trajectory': typeof trajectory.sv;
    };
  }
}
