import type { EmissionSeries } from '../../../contract/emissions.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { SectorChart } from './sector-series.ts';
import { sectorRows } from './sector-rows.ts';
import { CityChartExport } from '../../components/export/city-chart-export.tsx';
import type { FigureExportProps } from '../../components/export/footer.ts';
import { drawnColor } from '../../components/export/svg-clone.ts';
import type { LegendEntry } from '../../components/export/svg-compose.ts';

/** Downloads of a city's sector chart: the stacked areas with their key, and every sector's tonnes per reported year. */
export function SectorExport({
  cityName,
  chart,
  series,
  ...shared
}: FigureExportProps & { chart: SectorChart; series: EmissionSeries }) {
  const { t, lang } = useI18n('figure-sector-mix');
  const from = chart.rows[0]?.year ?? '';
  const to = chart.rows.at(-1)?.year ?? '';
  const title = t('export.sectors.title', { city: cityName, from, to });
  const legend = (container: HTMLElement) => {
    // Top of the stack first, as the key on the page lists them.
    // Areas are drawn in stack order, so the n-th area is the n-th sector.
    const areas = container.querySelectorAll('.recharts-area-area, .sector-area__fill');
    const legend: LegendEntry[] = chart.sectors
      .map((sector, i): LegendEntry => ({
        label: sector.label,
        symbol: { kind: 'area', color: drawnColor(areas[i], 'fill', sector.color) },
      }))
      .reverse();
    if (chart.gaps.length > 0)
      legend.push({ label: t('city.sectors.gapKey'), symbol: { kind: 'area', color: '#9aa5a0', hatched: true } });
    return legend;
  };
  return (
    <CityChartExport
      {...shared}
      title={title}
      fileWord={t('export.file.sectors')}
      years={`${from}-${to}`}
      legend={legend}
      rows={() => sectorRows(series, chart, { t, release: shared.release.label[lang] })}
    />
  );
}
