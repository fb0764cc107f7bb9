/**
 * Where the sector chart puts everything at a given width, and the hatch that marks unreported
 * years: shared by the plain-SVG drawing and the live recharts chart (neither imports the other).
 */
import { type SectorChart as SectorChartData } from './sector-series.ts';
import { yearTicks } from '../../lib/chart-axes.ts';
import { niceTop, plotArea, yearAxes, type ChartAxes, type Margin } from '../../lib/chart-geometry.ts';

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

export const SECTOR_MARGIN: Margin = { top: 12, right: 24, bottom: 8, left: 8 };
export const SECTOR_Y_AXIS_PX = 72;

export interface SectorLayout extends ChartAxes {
  first: number;
  last: number;
  domain: [number, number];
}

/** The y domain of the stacked sectors: from zero (or the lowest negative stack) to a round top. */
export function sectorDomain(chart: SectorChartData): [number, number] {
  let low = 0;
  let high = 0;
  for (const row of chart.rows) {
    let sum = 0;
    for (const sector of chart.sectors) {
      sum += row[sector.id] ?? 0;
      low = Math.min(low, sum);
      high = Math.max(high, sum);
    }
  }
  return [low, niceTop(high) || 1];
}

/** Where everything goes at this width: shared by the drawing and the live chart. Sectors stack in order, as recharts stacks them. */
export function sectorLayout(chart: SectorChartData, width: number, height: number): SectorLayout {
  const area = plotArea(width, height, SECTOR_MARGIN, SECTOR_Y_AXIS_PX);
  const first = chart.rows[0]?.year ?? 0;
  const last = chart.rows.at(-1)?.year ?? 0;
  const domain = sectorDomain(chart);
  const xTicks = yearTicks(first, last, area.width, 13, { minStep: 5, includeLast: true });
  return { first, last, domain, ...yearAxes(area, [first, last], domain, 'linear', xTicks) };
}

/** The striped pattern over unreported stretches. */
export function GapHatch({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect width="8" height="8" fill="var(--surface, #ffffff)" fillOpacity="0.25" />
      <line
        x1="0"
        y1="0"
        x2="0"
        y2="8"
        stroke="var(--surface, #ffffff)"
        strokeWidth="4"
        strokeOpacity="var(--hatch-opacity, 0.75)"
      />
    </pattern>
  );
}
