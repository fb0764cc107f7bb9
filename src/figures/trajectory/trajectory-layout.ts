/**
 * Where the trajectory chart puts everything at a given width: its props, margins, y domain,
 * ticks and scales. The plain-SVG drawing and the live recharts chart both take their layout
 * from here, so the swap moves nothing (and neither imports the other).
 */
import type { CompareChart } from './compare-series.ts';
import { yearTicks } from '../../lib/chart-axes.ts';
import { labelGutterPx, MAX_END_LABELS } from './end-labels.ts';
import { niceTop, plotArea, yearAxes, type ChartAxes, type Margin } from '../../lib/chart-geometry.ts';

export { niceCeil } from '../../lib/chart-geometry.ts';

export interface TrajectoryChartProps {
  /** Shaped rows and lines from buildCompareChart. */
  chart: CompareChart;
  from: number;
  to: number;
  scale: 'linear' | 'log';
  /** The newest reported year; later years are shaded as not measured. */
  latestYear: number;
  /** City to emphasise; the others are dimmed. Null shows all equally. */
  highlighted: string | null;
  /** Formats a value for axis ticks and the tooltip. */
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  /** Label for each series kind in the tooltip. */
  seriesLabel: (kind: 'measured' | 'target' | 'reference' | 'trend') => string;
  height: number;
  /** Shared y domain for small multiples; computed from the data otherwise. */
  yDomain?: [number, number];
  compact?: boolean;
}

/** The y domain of a chart's values: from zero (or below) to a round top, or around the values on a log scale. */
export function trajectoryDomain(extent: [number, number] | null, scale: 'linear' | 'log'): [number, number] {
  if (!extent) return scale === 'log' ? [1, 10] : [0, 1];
  const [min, max] = extent;
  if (scale === 'log') return [min * 0.8, max * 1.25];
  return [Math.min(0, min), niceTop(max) || 1];
}

/**
 * Where the shading of years not yet reported starts: after the latest report, when a path or
 * trend is drawn into those years; null when nothing is projected there (an empty band says nothing).
 */
export function projectionShadeFrom(chart: CompareChart, latestYear: number, from: number, to: number): number | null {
  if (latestYear >= to) return null;
  const projected = chart.lines.some((line) =>
    Object.values(line.data.overlays).some((points) => points.some((p) => p.value !== null && p.year > latestYear)),
  );
  return projected ? Math.max(latestYear, from) : null;
}

export const TRAJECTORY_MARGIN: Margin = { top: 12, right: 24, bottom: 8, left: 8 };
export const COMPACT_TRAJECTORY_MARGIN: Margin = { top: 4, right: 8, bottom: 0, left: 0 };
const Y_AXIS_PX = 72;
const COMPACT_Y_AXIS_PX = 44;

/** Charts narrower than this keep their width for the plot; the legend names the cities. */
const END_LABELS_MIN_WIDTH = 560;

export interface TrajectoryLayout extends ChartAxes {
  margin: Margin;
  /** Whether the cities are named at their lines' ends, in a gutter right of the plot. */
  endLabels: boolean;
  yAxisPx: number;
  fontSize: number;
  domain: [number, number];
}

/** Where everything goes at this width: shared by the drawing and the live chart. */
export function trajectoryLayout(props: TrajectoryChartProps, width: number): TrajectoryLayout {
  const { chart, from, to, scale, height, compact = false } = props;
  const fontSize = compact ? 11 : 13;
  const count = chart.lines.length;
  const endLabels = !compact && count >= 2 && count <= MAX_END_LABELS && width >= END_LABELS_MIN_WIDTH;
  const base = compact ? COMPACT_TRAJECTORY_MARGIN : TRAJECTORY_MARGIN;
  const margin = endLabels
    ? {
        ...base,
        right: labelGutterPx(
          chart.lines.map((line) => line.name),
          fontSize,
        ),
      }
    : base;
  const yAxisPx = compact ? COMPACT_Y_AXIS_PX : Y_AXIS_PX;
  const area = plotArea(width, height, margin, yAxisPx);
  const domain = props.yDomain ?? trajectoryDomain(chart.extent, scale);
  const xTicks = yearTicks(from, to, area.width, fontSize, {
    minStep: compact ? (to - from > 30 ? 20 : 10) : to - from > 40 ? 10 : 5,
  });
  return {
    margin,
    endLabels,
    yAxisPx,
    fontSize,
    domain,
    ...yearAxes(area, [from, to], domain, scale, xTicks, compact ? 4 : 5),
  };
}
