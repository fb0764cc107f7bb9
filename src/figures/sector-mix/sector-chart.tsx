/**
 * The stacked sector areas. Rows exist only at reported years, so every vertex is a
 * measurement; the stretches between are striped to show they are only joined, not
 * measured. Drawn as plain SVG first (on the server too); the recharts chart, with its
 * tooltip, replaces it when a reader points at it, laid out by the same sectorLayout.
 */
import { sectorLayout, GapHatch, type SectorLayout, type SectorChartProps } from './sector-layout.tsx';
import { lazy, memo, useId } from 'react';
import { sectorPaint, type SectorChart as SectorChartData } from './sector-series.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { DrawnAxes } from '../../components/chart-drawing.tsx';

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
            <DrawnAxes axes={layout} formatY={formatTick} fontSize={13} />
            <DrawnSectors chart={chart} layout={layout} hatchId={id} />
          </>
        );
      }}
      live={(width) => <LiveSectors {...props} width={width} hatchId={hatchId} />}
    />
  );
});
