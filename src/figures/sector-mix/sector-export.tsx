import { CHART_SVG } from '../../components/chart-frame.tsx';
import type { EmissionSeries } from '../../../contract/emissions.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { SectorChart } from './sector-series.ts';
import { sectorRows } from './sector-rows.ts';
import { ExportMenu } from '../../components/export/export-menu.tsx';
import { exportFileName } from '../../components/export/file-name.ts';
import { figureFooter, type FigureExportProps } from '../../components/export/footer.ts';
import { drawnColor, drawnIn, figureLook, panelsIn } from '../../components/export/svg-clone.ts';
import { composeFigureSvg, type LegendEntry } from '../../components/export/svg-compose.ts';

/** Downloads of a city's sector chart: the stacked areas with their key, and every sector's tonnes per reported year. */
export function SectorExport({
  cityId,
  cityName,
  release,
  note,
  containerRef,
  chart,
  series,
}: FigureExportProps & { chart: SectorChart; series: EmissionSeries }) {
  const { t, lang } = useI18n('figure-sector-mix');
  const tExport = useI18n('export').t;
  const from = chart.rows[0]?.year ?? '';
  const to = chart.rows.at(-1)?.year ?? '';
  const title = t('export.sectors.title', { city: cityName, from, to });
  const figure = () => {
    const container = drawnIn(containerRef.current);
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
    return composeFigureSvg({
      title,
      subtitle: t('city.trajectory.unit'),
      ...panelsIn(container, CHART_SVG),
      legend,
      footer: figureFooter(note, release, tExport, lang),
      ...figureLook(container.querySelector<HTMLElement>('.figure') ?? container),
    });
  };
  return (
    <ExportMenu
      what={title}
      fileName={(ext) => exportFileName([cityId, t('export.file.sectors'), `${from}-${to}`], ext, new Date())}
      figure={figure}
      rows={() => sectorRows(series, chart, { t, release: release.label[lang] })}
    />
  );
}
