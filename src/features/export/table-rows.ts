/**
 * The data behind each table as CSV rows: one row per city, in the order on screen, with
 * the raw figures (tonnes, t per person, percent) instead of their formatted text.
 */
import type { RankMeasure } from '../../../contract/assessment.ts';
import type { CitySummary } from '../../../contract/cities.ts';
import type { StandingsResponse } from '../../../contract/standings.ts';
import type { Translate } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/messages.ts';
import type { MapMark } from '../map/map-series.ts';
import type { CsvRow } from './csv.ts';

/** The overview's cities, as sorted on screen. */
export function overviewRows(
  cities: readonly CitySummary[],
  { t, release }: { t: Translate; release: string },
): CsvRow[] {
  const header = [
    t('export.csv.city'),
    t('export.csv.id'),
    t('table.lan'),
    t('table.wave'),
    t('table.contract'),
    t('export.csv.firstSigned'),
    t('export.csv.year'),
    t('export.csv.tonnes'),
    t('export.csv.perCapita'),
    t('export.csv.change1990'),
    t('export.csv.change2015'),
    t('export.csv.source'),
  ];
  const rows = cities.map((city): CsvRow => [
    city.name,
    city.id,
    city.lan.name,
    city.wave,
    t(`status.${city.contract.status}`),
    city.contract.firstSignedOn,
    city.latest?.year ?? null,
    city.latest?.tonnesCo2e ?? null,
    city.latest?.tonnesPerCapita ?? null,
    city.changeSince1990Percent,
    city.changeSince2015Percent,
    release,
  ]);
  return [header, ...rows];
}

const RANK_UNITS: Record<RankMeasure, MessageKey | null> = {
  tonnesCo2e: 'export.unit.tonnes',
  tonnesPerCapita: 'export.unit.perCapita',
  changeSince1990Percent: null,
  changeSince2015Percent: null,
  averageAnnualChangeSince2015Percent: null,
  projectedChange2030Percent: null,
};

/** The standings in rank order: rank, of how many, city and the measure's value. */
export function standingsRows(
  data: StandingsResponse,
  { t, measureLabel, release }: { t: Translate; measureLabel: string; release: string },
): CsvRow[] {
  const unit = RANK_UNITS[data.measure];
  const header = [
    t('export.csv.rank'),
    t('export.csv.of'),
    t('export.csv.city'),
    t('export.csv.id'),
    `${measureLabel}, ${unit ? t(unit) : '%'}`,
    t('export.csv.source'),
  ];
  return [
    header,
    ...data.entries.map((entry): CsvRow => [entry.rank, entry.of, entry.name, entry.cityId, entry.value, release]),
  ];
}

/** The map's table: every city's figures, whichever measure colours the map. */
export function mapRows(marks: readonly MapMark[], { t, release }: { t: Translate; release: string }): CsvRow[] {
  const header = [
    t('export.csv.city'),
    t('export.csv.id'),
    t('export.csv.year'),
    t('export.csv.tonnes'),
    t('export.csv.perCapita'),
    t('export.csv.change2015'),
    t('table.contract'),
    t('export.csv.onTrack'),
    t('export.csv.source'),
  ];
  const rows = marks.map(({ name, id, figures }): CsvRow => [
    name,
    id,
    figures.year,
    figures.tonnesCo2e,
    figures.tonnesPerCapita,
    figures.changeSince2015Percent,
    t(`status.${figures.contractStatus}`),
    t(`map.onTrack.${figures.onTrack}`),
    release,
  ]);
  return [header, ...rows];
}
