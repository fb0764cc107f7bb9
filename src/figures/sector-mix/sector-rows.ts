/**
 * The data behind each chart as CSV rows. Charts over years are written long: one value
 * per row (city, series, year, value), which parses back with no reshaping and keeps
 * unreported years out instead of leaving holes. Values are the plotted numbers as the
 * API gave them, unrounded. Every row names the emissions release it comes from.
 */
import type { EmissionSeries } from '../../../contract/emissions.ts';
import type { Translate } from '../../lib/i18n.tsx';
import type { SectorChart } from './sector-series.ts';
import type { CsvRow } from '../../components/export/csv.ts';

/**
 * A row per reported year and sector, each naming the city (so files from several cities can be put together) (in the stack's order, bottom first), then the year's
 * reported total. A sector SMHI gives no figure for in a year is empty, not zero.
 */
export function sectorRows(
  series: EmissionSeries,
  chart: SectorChart,
  { t, release }: { t: Translate<'figure-sector-mix'>; release: string },
): CsvRow[] {
  const header = [
    t('export.csv.city'),
    t('export.csv.id'),
    t('export.csv.year'),
    t('export.csv.sector'),
    t('export.csv.sectorId'),
    t('export.csv.tonnes'),
    t('export.csv.source'),
  ];
  const byYear = new Map(series.points.map((point) => [point.year, point]));
  const rows = chart.rows.flatMap((row) => {
    const point = byYear.get(row.year);
    return [
      ...chart.sectors.map((sector): CsvRow => [
        series.cityName,
        series.cityId,
        row.year,
        sector.label,
        sector.id,
        point?.sectors?.[sector.id] ?? null,
        release,
      ]),
      [series.cityName, series.cityId, row.year, t('city.sectors.total'), 'total', row.total, release] as CsvRow,
    ];
  });
  return [header, ...rows];
}
