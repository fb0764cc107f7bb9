import { CHART_SVG } from '../../components/chart-frame.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { CompareChart } from './compare-series.ts';
import { trajectoryRows } from './trajectory-rows.ts';
import { ExportMenu } from '../../components/export/export-menu.tsx';
import { exportFileName } from '../../components/export/file-name.ts';
import { figureFooter, type FigureExportProps } from '../../components/export/footer.ts';
import { drawnKinds, futureEntry, seriesLegend } from './export-legend.ts';
import { drawnColor, drawnIn, figureLook, panelsIn } from '../../components/export/svg-clone.ts';
import { composeFigureSvg, type LegendEntry } from '../../components/export/svg-compose.ts';

/** Downloads of a city's trajectory: the chart with its key, and its plotted numbers (reported values and paths). */
export function TrajectoryExport({
  cityId,
  cityName,
  release,
  note,
  containerRef,
  chart,
  from,
  to,
}: FigureExportProps & { chart: CompareChart; from: number; to: number }) {
  const { t, lang } = useI18n('figure-trajectory');
  const tExport = useI18n('export').t;
  const title = t('export.trajectory.title', { city: cityName, from, to });
  const seriesLabel = (kind: 'measured' | 'gap' | 'target' | 'reference' | 'trend') =>
    kind === 'measured' ? t('city.series.measured') : t(`city.key.${kind}`);
  const figure = () => {
    const container = drawnIn(containerRef.current);
    const line = chart.lines[0];
    const future = futureEntry(container, t('city.key.future'));
    const legend: LegendEntry[] = [
      ...(line
        ? seriesLegend(
            ['measured', ...drawnKinds(chart.lines)],
            drawnColor(container.querySelector('.series__measured'), 'stroke', line.color),
            seriesLabel,
          )
        : []),
      ...(future ? [future] : []),
    ];
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
      fileName={(ext) => exportFileName([cityId, t('export.file.trajectory'), `${from}-${to}`], ext, new Date())}
      figure={figure}
      rows={() =>
        trajectoryRows(chart, { t, seriesLabel, valueHeader: t('city.trajectory.unit'), release: release.label[lang] })
      }
    />
  );
}
