/**
 * The data behind each table as CSV rows: one row per city, in the order on screen, with
 * the raw figures (tonnes, t per person, percent) instead of their formatted text.
 */
import type { StandingsMeasure } from '../../../contract/measures.ts';
import type { StandingsResponse } from '../../../contract/standings.ts';
import type { Translate } from '../../lib/i18n.tsx';
import type { TranslationKey } from '../../lib/i18n.tsx';
import type { CsvRow } from '../../components/export/csv.ts';

const RANK_UNITS: Record<StandingsMeasure, TranslationKey<'figure-standings'> | null> = {
  tonnesCo2e: 'export.unit.tonnes',
  tonnesPerCapita: 'export.unit.perCapita',
  changeSince1990Percent: null,
  changeSince2015Percent: null,
  averageAnnualChangeSince2015Percent: null,
  projectedChange2030Percent: null,
  targetGapPercent: null,
};

/** The standings in rank order: rank, of how many, city and the measure's value; against own targets, each city's standing too. */
export function standingsRows(
  data: StandingsResponse,
  { t, measureLabel, release }: { t: Translate<'figure-standings'>; measureLabel: string; release: string },
): CsvRow[] {
  const unit = RANK_UNITS[data.measure];
  const withStanding = data.measure === 'targetGapPercent';
  const header = [
    t('export.csv.rank'),
    t('export.csv.of'),
    t('export.csv.city'),
    t('export.csv.id'),
    `${measureLabel}, ${unit ? t(unit) : '%'}`,
    ...(withStanding ? [t('standings.standing')] : []),
    t('export.csv.source'),
  ];
  return [
    header,
    ...data.entries.map((entry): CsvRow => [
      entry.rank,
      entry.of,
      entry.name,
      entry.cityId,
      entry.value,
      ...(withStanding ? [t(`standing.${entry.targetStanding}`)] : []),
      release,
    ]),
  ];
}
