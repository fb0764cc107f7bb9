/**
 * The data behind each table as CSV rows: one row per city, in the order on screen, with
 * the raw figures (tonnes, t per person, percent) instead of their formatted text.
 */
import type { Translate } from '../../lib/i18n.tsx';
import type { MapMark } from './map-series.ts';
import type { CsvRow } from '../../components/export/csv.ts';

/** The map's table: every city's figures, whichever measure colours the map. */
export function mapRows(
  marks: readonly MapMark[],
  { t, release }: { t: Translate<'figure-map'>; release: string },
): CsvRow[] {
  const header = [
    t('export.csv.city'),
    t('export.csv.id'),
    t('export.csv.year'),
    t('export.csv.tonnes'),
    t('export.csv.perCapita'),
    t('export.csv.change2015'),
    t('table.contract'),
    t('export.csv.target'),
    t('export.csv.budget'),
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
    t(`standing.${figures.target}`),
    t(`budget.${figures.budget}`),
    release,
  ]);
  return [header, ...rows];
}
