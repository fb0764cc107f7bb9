/**
 * The axes and grid of a chart drawn as plain SVG, laid out as recharts lays out its own
 * (axis lines, 6 px tick lines, labels 2 px beyond them), so the recharts chart that replaces the
 * drawing when a reader points at it lands on the same pixels.
 */
import type { ChartAxes, Scale } from '../lib/chart-geometry.ts';
import { TICK_MARGIN_PX, TICK_SIZE_PX } from '../lib/chart-geometry.ts';

interface AxesProps {
  /** The plot, its scales and their ticks (a chart's layout). */
  axes: ChartAxes;
  formatY: (value: number) => string;
  fontSize: number;
}

export function DrawnAxes({ axes, formatY, fontSize }: AxesProps) {
  const { area, x, xTicks, y, yTicks } = axes;
  const bottom = area.y + area.height;
  const right = area.x + area.width;
  const placed = (ticks: readonly number[], scale: Scale) =>
    ticks.flatMap((value) => {
      const at = scale(value);
      return at === undefined || !Number.isFinite(at) ? [] : [{ value, at }];
    });
  const ys = placed(yTicks, y);
  return (
    <>
      <g className="chart-grid" stroke="var(--grid, #e3e8e5)">
        {ys.map(({ value, at }) => (
          <line key={value} x1={area.x} x2={right} y1={at} y2={at} />
        ))}
      </g>
      <g className="chart-axis chart-axis--x" fontSize={fontSize}>
        <line className="chart-axis__line" x1={area.x} x2={right} y1={bottom} y2={bottom} />
        {placed(xTicks, x).map(({ value, at }) => (
          <g key={value}>
            <line className="chart-axis__tick" x1={at} x2={at} y1={bottom} y2={bottom + TICK_SIZE_PX} />
            <text
              className="chart-axis__label"
              x={at}
              y={bottom + TICK_SIZE_PX + TICK_MARGIN_PX}
              dy="0.71em"
              textAnchor="middle"
            >
              {value}
            </text>
          </g>
        ))}
      </g>
      <g className="chart-axis chart-axis--y" fontSize={fontSize}>
        <line className="chart-axis__line" x1={area.x} x2={area.x} y1={area.y} y2={bottom} />
        {ys.map(({ value, at }) => (
          <g key={value}>
            <line className="chart-axis__tick" x1={area.x - TICK_SIZE_PX} x2={area.x} y1={at} y2={at} />
            <text
              className="chart-axis__label"
              x={area.x - TICK_SIZE_PX - TICK_MARGIN_PX}
              y={at}
              dy="0.355em"
              textAnchor="end"
            >
              {formatY(value)}
            </text>
          </g>
        ))}
      </g>
    </>
  );
}
