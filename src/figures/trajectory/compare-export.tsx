import type { RefObject } from 'react';
import type { EmissionsResponse } from '../../../contract/emissions.ts';
import { useI18n, type Translate } from '../../lib/i18n.tsx';
import type { CompareChart } from './compare-series.ts';
import type { CompareFigureModel } from './figure-model.ts';
import type { CompareState } from './compare-state.ts';
import { unreportedStretches } from './measure-format.ts';
import { trajectoryRows } from './trajectory-rows.ts';
import { ExportMenu } from '../../components/export/export-menu.tsx';
import { citiesPart, exportFileName } from '../../components/export/file-name.ts';
import { exportedLine, sourceLine } from '../../components/export/footer.ts';
import { cityLegend, drawnKindColor, drawnKinds, futureEntry, seriesLegend, type SeriesKind } from './export-legend.ts';
import { byEnd } from './end-labels.ts';
import { drawnColor, drawnIn, figureLook } from '../../components/export/svg-clone.ts';
import { chartPanels } from '../../components/export/chart-panels.ts';
import {
  CHART_LAYOUT,
  composeFigureSvg,
  MULTIPLES_LAYOUT,
  type LegendEntry,
} from '../../components/export/svg-compose.ts';

interface CompareExportProps {
  /** The figure as drawn (its chart, measure label and omissions), from useCompareFigure. */
  figure: CompareFigureModel;
  state: CompareState;
  emissions: EmissionsResponse;
  /** The element around the drawn chart(s); the export copies what is drawn there. */
  figureRef: RefObject<HTMLElement | null>;
}

/** Downloads of the compare chart: PNG and SVG of what is drawn (chart view only) and the plotted numbers as CSV. */
export function CompareExport({ figure: model, state, emissions, figureRef }: CompareExportProps) {
  const { t, lang } = useI18n('figure-trajectory');
  const tExport = useI18n('export').t;
  const { release } = emissions;
  const { chart, measureLabel } = model;
  // What was asked for but is not drawn, and why: repeated under the exported figure.
  const notes = chart.omissions.map(model.describe);
  const title = t('export.compare.title', { measure: measureLabel, from: state.from, to: state.to });
  // Every word of the file name in the page's language.
  const measurePart = `${t(`export.file.measure.${state.measure}`)}${state.measure === 'indexed' ? `-${state.base}` : ''}`;
  const fileName = (ext: 'png' | 'svg' | 'csv') =>
    exportFileName(
      [
        t('export.file.compare'),
        measurePart,
        state.scale === 'log' ? 'log' : '',
        citiesPart(state.cities, lang),
        `${state.from}-${state.to}`,
      ],
      ext,
      new Date(),
    );

  const figure = () => {
    const container = drawnIn(figureRef.current);
    const multiples = state.layout === 'multiples';
    const legend = compareLegend(chart, container, t);
    return composeFigureSvg({
      title,
      subtitle: model.axisLabel,
      // Drawn at the export's size, not the screen's: the same file from a phone as from a desk.
      ...(multiples
        ? chartPanels(
            container,
            MULTIPLES_LAYOUT,
            chart.lines.map((line) => line.name),
          )
        : chartPanels(container, CHART_LAYOUT)),
      legend: multiples ? legend.slice(chart.lines.length) : legend,
      footer: [
        ...notes,
        t('compare.gapNote', { gaps: unreportedStretches(release.years), latest: release.dataThroughYear }),
        sourceLine(release, tExport, lang),
        exportedLine(tExport, lang, new Date(), window.location.href),
      ],
      ...figureLook(container),
    });
  };

  return (
    <ExportMenu
      what={title}
      fileName={fileName}
      figure={state.view === 'chart' && chart.extent ? figure : undefined}
      rows={() =>
        trajectoryRows(chart, {
          t,
          seriesLabel: (kind) => t(`compare.series.${kind}`),
          valueHeader: measureLabel,
          release: release.label[lang],
        })
      }
    />
  );
}

/** A kind of line in the key: on one city's chart in the colour it is drawn in, else in the text's neutral colour. */
function kindColor(chart: CompareChart, container: HTMLElement, kind: SeriesKind): string {
  const ink = getComputedStyle(container).color;
  return chart.lines.length === 1 && kind !== 'gap' ? drawnKindColor(container, kind, ink) : ink;
}

/** The exported figure's key: each city in the colour it is drawn in, the kinds of line drawn, and the unmeasured years. */
function compareLegend(chart: CompareChart, container: HTMLElement, t: Translate<'figure-trajectory'>): LegendEntry[] {
  const future = futureEntry(container, t('city.key.future'));
  return [
    ...cityLegend(byEnd(chart.lines), (line) =>
      drawnColor(
        container.querySelector(`.series[data-city="${line.cityId}"] .series__measured`),
        'stroke',
        line.color,
      ),
    ),
    ...seriesLegend(
      drawnKinds(chart.lines),
      (kind) => kindColor(chart, container, kind),
      (kind) => (kind === 'gap' ? t('city.key.gap') : t(`compare.series.${kind}` as const)),
    ),
    ...(future ? [future] : []),
  ];
}
