import { useI18n } from '../../lib/i18n.tsx';
import type { CsvRow } from './csv.ts';
import { ExportMenu } from './export-menu.tsx';
import { exportFileName } from './file-name.ts';
import { figureFooter, type FigureExportProps } from './footer.ts';
import { drawnIn, figureLook } from './svg-clone.ts';
import { CHART_LAYOUT, composeFigureSvg, type LegendEntry } from './svg-compose.ts';
import { chartPanels } from './chart-panels.ts';

interface CityChartExportProps extends Omit<FigureExportProps, 'cityName'> {
  title: string;
  /** The chart's word in the file name, between the city and the years. */
  fileWord: string;
  years: string;
  /** The key, read from the chart as drawn. */
  legend: (container: HTMLElement) => LegendEntry[];
  rows: () => readonly CsvRow[];
}

/**
 * Downloads of one of a city's charts in tonnes (its trajectory, its sectors): the chart drawn at
 * the export's size (CHART_LAYOUT) with its key, the note, source and download lines under it, and its numbers.
 */
export function CityChartExport({
  cityId,
  release,
  note,
  unit,
  containerRef,
  title,
  fileWord,
  years,
  legend,
  rows,
}: CityChartExportProps) {
  const { lang } = useI18n();
  const tExport = useI18n('export').t;
  const figure = () => {
    const container = drawnIn(containerRef.current);
    return composeFigureSvg({
      title,
      subtitle: unit,
      ...chartPanels(container, CHART_LAYOUT),
      legend: legend(container),
      footer: figureFooter(note, release, tExport, lang),
      ...figureLook(container.querySelector<HTMLElement>('.figure') ?? container),
    });
  };
  return (
    <ExportMenu
      what={title}
      fileName={(ext) => exportFileName([cityId, fileWord, years], ext, new Date())}
      figure={figure}
      rows={rows}
    />
  );
}
