import { CHART_SVG } from '../../components/chart-frame.tsx';
import type { RefObject } from 'react';
import type { Release } from '../../../contract/common.ts';
import type { EmissionSeries } from '../../../contract/emissions.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { SectorChart } from '../city/sector-series.ts';
import type { CompareChart } from '../compare/compare-series.ts';
import { sectorRows, trajectoryRows } from './chart-rows.ts';
import { ExportMenu } from './export-menu.tsx';
import { exportFileName } from './file-name.ts';
import { exportedLine, sourceLine } from './footer.ts';
import { drawnKinds, futureEntry, seriesLegend } from './legend.ts';
import { drawnColor, drawnIn, figureLook, panelsIn } from './svg-clone.ts';
import { composeFigureSvg, type LegendEntry } from './svg-compose.ts';

interface CityExportProps {
  cityId: string;
  cityName: string;
  release: Release;
  /** The note under the chart (unreported years), repeated under the exported figure. */
  note: string;
  /** The section the drawn chart is in; the export copies it. */
  containerRef: RefObject<HTMLElement | null>;
}

function footer(
  note: string,
  release: Release,
  t: ReturnType<typeof useI18n>['t'],
  lang: ReturnType<typeof useI18n>['lang'],
): string[] {
  return [
    ...(note ? [note] : []),
    sourceLine(release, t, lang),
    exportedLine(t, lang, new Date(), window.location.href),
  ];
}

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
}: CityExportProps & { chart: CompareChart; from: number; to: number }) {
  const { t, lang } = useI18n();
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
      footer: footer(note, release, t, lang),
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

/** Downloads of a city's sector chart: the stacked areas with their key, and every sector's tonnes per reported year. */
export function SectorExport({
  cityId,
  cityName,
  release,
  note,
  containerRef,
  chart,
  series,
}: CityExportProps & { chart: SectorChart; series: EmissionSeries }) {
  const { t, lang } = useI18n();
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
      footer: footer(note, release, t, lang),
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
