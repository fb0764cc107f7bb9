import type { CompareChart } from './compare-series.ts';
import { seriesPaint } from './palette.ts';
import { TrajectoryChart } from './trajectory-chart.tsx';
import { trajectoryDomain, type TrajectoryChartProps } from './trajectory-layout.ts';

type Shared = Omit<TrajectoryChartProps, 'chart' | 'highlighted' | 'height' | 'yDomain' | 'compact'>;

/** One small chart per city with shared axes, so shapes compare at a glance. */
export function SmallMultiples({ chart, ...shared }: Shared & { chart: CompareChart }) {
  // One y domain for all, so the shapes compare.
  const domain = chart.extent ? trajectoryDomain(chart.extent, shared.scale) : undefined;
  return (
    <ul className="multiples">
      {chart.lines.map((line) => (
        <li key={line.cityId} className="multiples__item">
          <h3 className="multiples__title">
            <span className="swatch" style={{ background: seriesPaint(line.color) }} aria-hidden="true" />
            {line.name}
          </h3>
          <TrajectoryChart
            {...shared}
            chart={{ ...chart, lines: [line] }}
            highlighted={null}
            height={150}
            yDomain={domain}
            compact
          />
        </li>
      ))}
    </ul>
  );
}
