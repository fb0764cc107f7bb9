/**
 * The trajectory chart in recharts, for its tooltip: loaded when a reader first points at the
 * drawing, and laid out by the same trajectoryLayout, so it replaces the drawing in place.
 * Only maps props to recharts.
 */
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { SeriesLayer } from './series-layer.tsx';
import { ChartTooltip } from './chart-tooltip.tsx';
import {
  projectionShadeFrom,
  trajectoryLayout,
  type TrajectoryChartProps,
  type TrajectoryLayout,
} from './trajectory-layout.ts';
import type { CompareChart } from './compare-series.ts';
import { noGridLines, tickText } from '../../lib/chart-axes.ts';

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

/** The invisible line's props: no stroke, dots, animation, legend or tooltip entry of its own. */
const AXIS_LINE = {
  dataKey: 'value',
  stroke: 'none',
  dot: false,
  activeDot: false,
  isAnimationActive: false,
  legendType: 'none',
  tooltipType: 'none',
} as const;

/** The y axis on the layout's domain and ticks; a series beyond the domain is clipped, not stretched to. */
function yAxisProps(
  layout: TrajectoryLayout,
  scale: TrajectoryChartProps['scale'],
  formatTick: TrajectoryChartProps['formatTick'],
) {
  return {
    scale,
    domain: layout.domain,
    ticks: layout.yTicks,
    allowDataOverflow: true,
    tickFormatter: formatTick,
    width: layout.yAxisPx,
    interval: 0,
    tick: tickText(layout.fontSize),
  };
}

export default function LiveTrajectory(props: TrajectoryChartProps & { width: number }) {
  const {
    chart,
    from,
    to,
    scale,
    latestYear,
    highlighted,
    formatValue,
    formatTick,
    seriesLabel,
    height,
    width,
    compact = false,
  } = props;
  const layout = trajectoryLayout(props, width);
  return (
    <LineChart
      width={width}
      height={height}
      accessibilityLayer={false}
      data={axisRows(chart, from, to)}
      margin={layout.margin}
    >
      <CartesianGrid stroke="var(--grid, #e3e8e5)" vertical={false} verticalCoordinatesGenerator={noGridLines} />
      <XAxis
        dataKey="year"
        type="number"
        domain={[from, to]}
        ticks={layout.xTicks}
        allowDecimals={false}
        interval={0}
        tick={tickText(layout.fontSize)}
      />
      <YAxis {...yAxisProps(layout, scale, formatTick)} />
      {!compact && (
        <Tooltip
          filterNull={false}
          content={
            <ChartTooltip chart={chart} highlighted={highlighted} formatValue={formatValue} seriesLabel={seriesLabel} />
          }
        />
      )}
      {/* recharts sets up its axes only for a graphical item: one invisible line spans the plotted extent. Its value is null in most years, so the tooltip must not drop nulls (filterNull) or it would hide there. */}
      <Line {...AXIS_LINE} />
      <SeriesLayer
        lines={chart.lines}
        highlighted={highlighted}
        compact={compact}
        shadeFrom={projectionShadeFrom(chart, latestYear, from, to)}
        endLabelSize={layout.endLabels ? layout.fontSize : 0}
      />
    </LineChart>
  );
}
