/**
 * The data behind each chart as CSV rows. Charts over years are written long: one value
 * per row (city, series, year, value), which parses back with no reshaping and keeps
 * unreported years out instead of leaving holes. Values are the plotted numbers as the
 * API gave them, unrounded. Every row names the emissions release it comes from.
 */
import type { Translate } from '../../lib/i18n.tsx';
import type { CompareChart, TableRowKind } from './compare-series.ts';
import type { CsvRow } from '../../components/export/csv.ts';

/** Exactly `chart.table`: a row per plotted value, in the table's series order and by year. */
export function trajectoryRows(
  chart: CompareChart,
  {
    t,
    seriesLabel,
    valueHeader,
    release,
  }: {
    t: Translate<'figure-trajectory'>;
    seriesLabel: (kind: TableRowKind) => string;
    valueHeader: string;
    release: string;
  },
): CsvRow[] {
  const header = [
    t('export.csv.city'),
    t('export.csv.id'),
    t('export.csv.series'),
    t('export.csv.year'),
    valueHeader,
    t('export.csv.source'),
  ];
  const rows = chart.table.flatMap((row) =>
    [...row.values.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, value]): CsvRow => [row.name, row.cityId, seriesLabel(row.kind), year, value, release]),
  );
  return [header, ...rows];
}
