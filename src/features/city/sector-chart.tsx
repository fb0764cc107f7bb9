/**
 * The stacked sector areas. Rows exist only at reported years, so every vertex is a
 * measurement; the stretches between are striped to show they are only joined, not
 * measured. Drawn as plain SVG first (on the server too); the recharts chart, with its
 * tooltip, replaces it when a reader points at it, laid out by the same sectorLayout.
 */
import { lazy, memo, useId } from 'react';
import { sectorPaint, type SectorChart as SectorChartData } from './sector-series.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { DrawnAxes } from '../../components/chart-drawing.tsx';
import { yearTicks } from '../../lib/chart-axes.ts';
import {
  niceTop,
  plotArea,
  scaleOf,
  valueTicks,
  type Margin,
  type PlotArea,
  type Scale,
} from '../../lib/chart-geometry.ts';

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

export interface SectorLayout {
  area: PlotArea;
  first: number;
  last: number;
  domain: [number, number];
  xTicks: number[];
  yTicks: number[];
  x: Scale;
  y: Scale;
}

/** Where everything goes at this width: shared by the drawing and the live chart. Sectors stack in order, as recharts stacks them. */
export function sectorLayout(chart: SectorChartData, width: number, height: number): SectorLayout {
  const area = plotArea(width, height, SECTOR_MARGIN, SECTOR_Y_AXIS_PX);
  const first = chart.rows[0]?.year ?? 0;
  const last = chart.rows.at(-1)?.year ?? 0;
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
  const domain: [number, number] = [low, niceTop(high) || 1];
  return {
    area,
    first,
    last,
    domain,
    xTicks: yearTicks(first, last, area.width, 13, { minStep: 5, includeLast: true }),
    yTicks: valueTicks('linear', domain),
    x: scaleOf('linear', [first, last], [area.x, area.x + area.width]),
    y: scaleOf('linear', domain, [area.y + area.height, area.y]),
  };
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

const f = (n: number | undefined) => (n ?? 0).toFixed(1);

function DrawnSectors({ chart, layout, hatchId }: { chart: SectorChartData; layout: SectorLayout; hatchId: string }) {
  const { x, y, area } = layout;
  const base = chart.rows.map(() => 0);
  return (
    <>
      {chart.sectors.map((sector) => {
        const bottom = [...base];
        const top = chart.rows.map((row, i) => (base[i] = (base[i] ?? 0) + (row[sector.id] ?? 0)));
        const upper = chart.rows.map((row, i) => `${f(x(row.year))},${f(y(top[i] ?? 0))}`);
        const lower = chart.rows.map((row, i) => `${f(x(row.year))},${f(y(bottom[i] ?? 0))}`).reverse();
        const paint = sectorPaint(sector.color);
        return (
          <g key={sector.id} className="sector-area" data-sector={sector.id}>
            <path
              className="sector-area__fill"
              d={`M${upper.join('L')}L${lower.join('L')}Z`}
              fill={paint}
              fillOpacity={0.85}
              stroke="none"
            />
            <path className="sector-area__line" d={`M${upper.join('L')}`} fill="none" stroke={paint} strokeWidth={1} />
            <g className="sector-area__dots" fill={paint} stroke="var(--surface, #ffffff)" strokeWidth={1}>
              {chart.rows.map((row, i) => (
                <circle key={row.year} cx={f(x(row.year))} cy={f(y(top[i] ?? 0))} r={2.5} />
              ))}
            </g>
          </g>
        );
      })}
      {chart.gaps.map(([from, to]) => (
        <rect
          key={from}
          className="sector-gap"
          x={f(x(from))}
          y={area.y}
          width={f((x(to) ?? 0) - (x(from) ?? 0))}
          height={area.height}
          fill={`url(#${hatchId})`}
        />
      ))}
    </>
  );
}

const LiveSectors = lazy(() => import('./sector-chart-live.tsx'));

export const SectorChart = memo(function SectorChart(props: SectorChartProps) {
  const { chart, formatTick, height } = props;
  // The pattern id must be unique on the page and valid inside url(#…).
  const hatchId = `sector-gap-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    // No keyboard layer: inside role="img" it would be a nameless tab stop; the table below carries the numbers.
    <ChartFrame
      height={height}
      drawing={(width) => {
        const layout = sectorLayout(chart, width, height);
        const id = `${hatchId}-${width}`;
        return (
          <>
            <defs>
              <GapHatch id={id} />
            </defs>
            <DrawnAxes
              area={layout.area}
              x={layout.x}
              xTicks={layout.xTicks}
              y={layout.y}
              yTicks={layout.yTicks}
              formatY={formatTick}
              fontSize={13}
            />
            <DrawnSectors chart={chart} layout={layout} hatchId={id} />
          </>
        );
      }}
      live={(width) => <LiveSectors {...props} width={width} hatchId={hatchId} />}
    />
  );
});
