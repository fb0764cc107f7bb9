/**
 * The trajectory chart: one line per city on a numeric year axis. Reported years are
 * solid with markers; unreported stretches are dashed; paths are thin and patterned;
 * the years after the latest report are shaded. Only maps props to recharts.
 */
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompareChart } from './compare-series.ts';
import { SeriesLayer } from './series-layer.tsx';
import { ChartTooltip } from './chart-tooltip.tsx';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { noGridLines, tickText, yearTicks } from '../../lib/chart-axes.ts';

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

/** A round number at or above `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k), so the top tick reads well. */
export function niceCeil(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}

function domainFor(chart: CompareChart, scale: 'linear' | 'log'): [number, number] | ['auto', 'auto'] {
  if (!chart.extent) return ['auto', 'auto'];
  const [min, max] = chart.extent;
  if (scale === 'log') return [min * 0.8, max * 1.25];
  return [Math.min(0, min), niceCeil(max)];
}

/**
 * The rows of the one invisible line that sets up the axes: a row for every year in the
 * range (so the tooltip can land on any year under the pointer), with the plotted extent
 * at the two ends (so the y axis spans every series) and nothing in between.
 */
const axisRowsCache = new WeakMap<CompareChart, { year: number; value: number | null }[]>();
function axisRows(chart: CompareChart, from: number, to: number): { year: number; value: number | null }[] {
  let rows = axisRowsCache.get(chart);
  if (!rows || rows[0]?.year !== from || rows[rows.length - 1]?.year !== to) {
    rows = [];
    for (let year = from; year <= to; year++) {
      const value = !chart.extent ? null : year === from ? chart.extent[0] : year === to ? chart.extent[1] : null;
      rows.push({ year, value });
    }
    axisRowsCache.set(chart, rows);
  }
  return rows;
}

const MARGIN = { top: 12, right: 24, bottom: 8, left: 8 };
const COMPACT_MARGIN = { top: 4, right: 8, bottom: 0, left: 0 };
const Y_AXIS_PX = 72;
const COMPACT_Y_AXIS_PX = 44;
/** What the y axis and the margins take from the chart's width: the rest is the plot, where the year labels go. */
const AXIS_PX = MARGIN.left + MARGIN.right + Y_AXIS_PX;
const COMPACT_AXIS_PX = COMPACT_MARGIN.left + COMPACT_MARGIN.right + COMPACT_Y_AXIS_PX;

export const TrajectoryChart = memo(function TrajectoryChart(props: TrajectoryChartProps) {
  const { chart, from, to, scale, latestYear, highlighted, formatValue, formatTick, seriesLabel, height, compact = false } = props;
  return (
    <ChartFrame height={height}>
      {(width) => (
        <LineChart width={width} height={height} accessibilityLayer={false} data={axisRows(chart, from, to)} margin={compact ? COMPACT_MARGIN : MARGIN}>
          <CartesianGrid stroke="var(--grid, #e3e8e5)" vertical={false} verticalCoordinatesGenerator={noGridLines} />
          <XAxis
            dataKey="year"
            type="number"
            domain={[from, to]}
            ticks={yearTicks(from, to, width - (compact ? COMPACT_AXIS_PX : AXIS_PX), compact ? 11 : 13, { minStep: compact ? (to - from > 30 ? 20 : 10) : to - from > 40 ? 10 : 5 })}
            allowDecimals={false}
            interval={0}
            tick={tickText(compact ? 11 : 13)}
          />
          <YAxis
            scale={scale}
            domain={props.yDomain ?? domainFor(chart, scale)}
            allowDataOverflow={scale === 'log'}
            tickFormatter={formatTick}
            width={compact ? COMPACT_Y_AXIS_PX : Y_AXIS_PX}
            interval={0}
            tick={tickText(compact ? 11 : 13)}
          />
          {!compact && (
            <Tooltip filterNull={false} content={<ChartTooltip chart={chart} highlighted={highlighted} formatValue={formatValue} seriesLabel={seriesLabel} />} />
        )}
        {/* recharts sets up its axes only for a graphical item: one invisible line spans the plotted extent. Its value is null in most years, so the tooltip must not drop nulls (filterNull) or it would hide there. */}
        <Line dataKey="value" stroke="none" dot={false} activeDot={false} isAnimationActive={false} legendType="none" tooltipType="none" />
        <SeriesLayer lines={chart.lines} highlighted={highlighted} compact={compact} shadeFrom={latestYear < to ? Math.max(latestYear, from) : null} />
      </LineChart>
      )}
    </ChartFrame>
  );
});
