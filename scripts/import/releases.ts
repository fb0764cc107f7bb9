import type { DatasetRelease } from '../../server/dataset/schema.ts';

/** The SMHI releases in the reference data, newest first. */
export interface KnownRelease extends Omit<DatasetRelease, 'years'> {
  /** Path under the reference data folder. */
  file: string;
}

const KK = 'Klimatbyran/territorial-data-pipeline output/municipality-sector-emissions.json';

export const KNOWN_RELEASES: readonly KnownRelease[] = [
  {
    id: 'smhi-thru2024',
    sourceId: 'smhi-ned',
    label: { sv: 'SMHI, utsläpp t.o.m. 2024 (publicerad 2026)', en: 'SMHI, emissions to 2024 (published 2026)' },
    dataThroughYear: 2024,
    published: '2026',
    origin: `${KK} @ bf20c580380961c3b1b246681992e2d9d2b26f11`,
    file: 'raw/emissions-smhi-thru2024/municipality-sector-emissions.json',
  },
  {
    id: 'smhi-thru2023',
    sourceId: 'smhi-ned',
    label: { sv: 'SMHI, utsläpp t.o.m. 2023 (publicerad 2025)', en: 'SMHI, emissions to 2023 (published 2025)' },
    dataThroughYear: 2023,
    published: '2025',
    origin: `${KK} @ 67478996cb0df1057efe014a482e87bb0e29fb71`,
    file: 'raw/emissions-smhi-thru2023/municipality-sector-emissions.json',
  },
  {
    id: 'smhi-thru2019',
    sourceId: 'smhi-ned',
    label: {
      sv: 'SMHI, utsläpp t.o.m. 2019 (Länsrapport 2021-10-14)',
      en: 'SMHI, emissions to 2019 (Länsrapport 2021-10-14)',
    },
    dataThroughYear: 2019,
    published: '2021-10-14',
    origin:
      'SMHI export via Klimatbyran/klimatkollen resources/emissions_per_municipality.csv @ e2d26ca657495f3ecddf49762da5242d019ba258',
    file: 'raw/emissions-smhi-thru2019/emissions_per_municipality.csv',
  },
];

/**
 * Sweden's national series, SMHI's national row of the newest release: the bound of every
 * municipality's figures in an upload (server/releases/plausibility.ts).
 */
export const NATIONAL_SERIES = {
  releaseId: 'smhi-thru2024',
  sourceId: 'smhi-ned',
  origin:
    'Klimatbyran/territorial-data-pipeline output/national-sector-emissions.json @ bf20c580380961c3b1b246681992e2d9d2b26f11',
  file: 'raw/emissions-smhi-thru2024/national-sector-emissions.json',
} as const;
