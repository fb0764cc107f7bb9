/**
 * The stacked sector areas. Rows exist only at reported years, so every vertex is a
 * measurement; the stretches between are striped to show they are only joined, not
 * measured. Only maps props to recharts.
 */
import { memo, useId } from 'react';
import { Area, AreaChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { sectorPaint, type SectorChart as SectorChartData } from './sector-series.ts';
import { SectorTooltip } from './sector-tooltip.tsx';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { noGridLines, tickText, yearTicks } from '../../lib/chart-axes.ts';

export interface SectorChartProps {
  /** Shaped rows, stack order, colours and gaps from buildSectorChart. */
  chart: SectorChartData;
  /** Formats tonnes for the tooltip. */
  formatValue: (value: number) => string;
  /** Formats tonnes for the y axis. */
  formatTick: (value: number) => string;
  /** Heading of the tooltip's total line. */
  totalLabel: string;
  height: number;
}

/** What the y axis (72 px) and the margins take from the chart's width: the rest is the plot, where the year labels go. */
const AXIS_PX = 8 + 24 + 72;

export const SectorChart = memo(function SectorChart({ chart, formatValue, formatTick, totalLabel, height }: SectorChartProps) {
  // The pattern id must be unique on the page and valid inside url(#…).
  const hatchId = `sector-gap-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const first = chart.rows[0]?.year ?? 0;
  const last = chart.rows.at(-1)?.year ?? 0;
  return (
    // No keyboard layer: inside role="img" it would be a nameless tab stop; the table below carries the numbers.
    <ChartFrame height={height}>
      {(width) => (
        <AreaChart width={width} height={height} data={chart.rows} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <defs>
            <pattern id={hatchId} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="var(--surface, #ffffff)" fillOpacity="0.25" />
              <line x1="0" y1="0" x2="0" y2="8" stroke="var(--surface, #ffffff)" strokeWidth="4" strokeOpacity="var(--hatch-opacity, 0.75)" />
            </pattern>
          </defs>
          <CartesianGrid stroke="var(--grid, #e3e8e5)" vertical={false} verticalCoordinatesGenerator={noGridLines} />
          <XAxis dataKey="year" type="number" domain={[first, last]} ticks={yearTicks(first, last, width - AXIS_PX, 13, { minStep: 5, includeLast: true })} allowDecimals={false} interval={0} tick={tickText(13)} />
          <YAxis tickFormatter={formatTick} width={72} interval={0} tick={tickText(13)} />
          <Tooltip content={<SectorTooltip chart={chart} formatValue={formatValue} totalLabel={totalLabel} />} />
          {chart.sectors.map((sector) => (
            <Area
              key={sector.id}
              dataKey={sector.id}
              name={sector.label}
              stackId="sectors"
              type="linear"
              stroke={sectorPaint(sector.color)}
              strokeWidth={1}
              fill={sectorPaint(sector.color)}
              fillOpacity={0.85}
              dot={{ r: 2.5, fill: sectorPaint(sector.color), stroke: 'var(--surface, #ffffff)', strokeWidth: 1, fillOpacity: 1 }}
              activeDot={{ r: 4 }}
              isAnimationActive={false}
            />
          ))}
          {chart.gaps.map(([from, to]) => (
            <ReferenceArea key={from} x1={from} x2={to} fill={`url(#${hatchId})`} fillOpacity={1} ifOverflow="hidden" zIndex={150} />
          ))}
        </AreaChart>
      )}
    </ChartFrame>
  );
});
