/**
 * The data behind each table as CSV rows: one row per city, in the order on screen, with
 * the raw figures (tonnes, t per person, percent) instead of their formatted text.
 */
import type { CitySummary } from '../../../contract/cities.ts';
import type { Cohort } from '../../../contract/roster.ts';
import { cohortLabel } from '../../lib/roster.ts';
import type { Translate } from '../../lib/i18n.tsx';
import type { CsvRow } from '../../components/export/csv.ts';

/** The overview's cities, as sorted on screen. */
export function overviewRows(
  cities: readonly CitySummary[],
  {
    t,
    lang,
    cohorts,
    release,
  }: { t: Translate<'overview'>; lang: 'sv' | 'en'; cohorts: readonly Cohort[]; release: string },
): CsvRow[] {
  const header = [
    t('export.csv.city'),
    t('export.csv.id'),
    t('table.lan'),
    t('table.cohort'),
    t('table.contract'),
    t('export.csv.firstSigned'),
    t('export.csv.year'),
    t('export.csv.tonnes'),
    t('export.csv.perCapita'),
    t('export.csv.change1990'),
    t('export.csv.change2015'),
    t('table.target'),
    t('export.csv.source'),
  ];
  const rows = cities.map((city): CsvRow => [
    city.name,
    city.id,
    city.lan.name,
    cohortLabel(city, cohorts, lang),
    t(`status.${city.contract.status}`),
    city.contract.firstSignedOn,
    city.latest?.year ?? null,
    city.latest?.tonnesCo2e ?? null,
    city.latest?.tonnesPerCapita ?? null,
    city.changeSince1990Percent,
    city.changeSince2015Percent,
    t(`standing.${city.assessment.targetStanding}`),
    release,
  ]);
  return [header, ...rows];
}
