import { useI18n } from '../../lib/i18n.tsx';
import type { CompareChart } from './compare-series.ts';
import { trajectoryRows } from './trajectory-rows.ts';
import { CityChartExport } from '../../components/export/city-chart-export.tsx';
import type { FigureExportProps } from '../../components/export/footer.ts';
import { drawnKindColor, drawnKinds, futureEntry, seriesLegend } from './export-legend.ts';
import type { LegendEntry } from '../../components/export/svg-compose.ts';

/** Downloads of a city's trajectory: the chart with its key, and its plotted numbers (reported values and paths). */
export function TrajectoryExport({
  cityName,
  chart,
  from,
  to,
  ...shared
}: FigureExportProps & { chart: CompareChart; from: number; to: number }) {
  const { t, lang } = useI18n('figure-trajectory');
  const title = t('export.trajectory.title', { city: cityName, from, to });
  const seriesLabel = (kind: 'measured' | 'gap' | 'target' | 'reference' | 'trend') =>
    kind === 'measured' ? t('city.series.measured') : t(`city.key.${kind}`);
  const legend = (container: HTMLElement): LegendEntry[] => {
    const line = chart.lines[0];
    const future = futureEntry(container, t('city.key.future'));
    return [
      ...(line
        ? seriesLegend(
            ['measured', ...drawnKinds(chart.lines)],
            (kind) => drawnKindColor(container, kind, line.color),
            seriesLabel,
          )
        : []),
      ...(future ? [future] : []),
    ];
  };
  const release = shared.release;
  return (
    <CityChartExport
      {...shared}
      title={title}
      fileWord={t('export.file.trajectory')}
      years={`${from}-${to}`}
      legend={legend}
      rows={() =>
        trajectoryRows(chart, { t, seriesLabel, valueHeader: t('city.trajectory.unit'), release: release.label[lang] })
      }
    />
  );
}
