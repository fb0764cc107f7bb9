/**
 * The sector chart in recharts, for its tooltip: loaded when a reader first points at the
 * drawing, and laid out by the same sectorLayout, so it replaces the drawing in place.
 * Only maps props to recharts.
 */
import { Area, AreaChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { sectorPaint } from './sector-series.ts';
import { SectorTooltip } from './sector-tooltip.tsx';
import { GapHatch, SECTOR_MARGIN, SECTOR_Y_AXIS_PX, sectorLayout, type SectorChartProps } from './sector-layout.tsx';
import { noGridLines, tickText } from '../../lib/chart-axes.ts';

export default function LiveSectors({
  chart,
  formatValue,
  formatTick,
  totalLabel,
  height,
  width,
  hatchId,
}: SectorChartProps & { width: number; hatchId: string }) {
  const layout = sectorLayout(chart, width, height);
  return (
    <AreaChart width={width} height={height} data={chart.rows} margin={SECTOR_MARGIN} accessibilityLayer={false}>
      <defs>
        <GapHatch id={hatchId} />
      </defs>
      <CartesianGrid stroke="var(--grid, #e3e8e5)" vertical={false} verticalCoordinatesGenerator={noGridLines} />
      <XAxis
        dataKey="year"
        type="number"
        domain={[layout.first, layout.last]}
        ticks={layout.xTicks}
        allowDecimals={false}
        interval={0}
        tick={tickText(13)}
      />
      <YAxis
        domain={layout.domain}
        ticks={layout.yTicks}
        tickFormatter={formatTick}
        width={SECTOR_Y_AXIS_PX}
        interval={0}
        tick={tickText(13)}
      />
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
          dot={{
            r: 2.5,
            fill: sectorPaint(sector.color),
            stroke: 'var(--surface, #ffffff)',
            strokeWidth: 1,
            fillOpacity: 1,
          }}
          activeDot={{ r: 4 }}
          isAnimationActive={false}
        />
      ))}
      {chart.gaps.map(([from, to]) => (
        <ReferenceArea
          key={from}
          x1={from}
          x2={to}
          fill={`url(#${hatchId})`}
          fillOpacity={1}
          ifOverflow="hidden"
          zIndex={150}
        />
      ))}
    </AreaChart>
  );
}
