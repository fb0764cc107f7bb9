/**
 * The cities' names at their lines' ends, right of the plot (see end-labels.ts): each in its
 * line's colour, with a thin leader from the line's end when the name had to move away from it.
 * Labels that cannot all fit are left out; the legend still names every city.
 */
import type { PlotArea, Scale } from '../../lib/chart-geometry.ts';
import type { CityLine } from './compare-series.ts';
import { endOf, LABEL_GAP_PX, spreadLabels } from './end-labels.ts';
import { seriesPaint } from './palette.ts';

interface EndLabelLayerProps {
  lines: CityLine[];
  highlighted: string | null;
  fontSize: number;
  x: Scale;
  y: Scale;
  area: PlotArea;
}

export function EndLabelLayer({ lines, highlighted, fontSize, x, y, area }: EndLabelLayerProps) {
  const ends = lines.flatMap((line) => {
    const end = endOf(line);
    const px = end && x(end.year);
    const py = end && y(end.value);
    return px !== null && px !== undefined && py !== null && py !== undefined && Number.isFinite(py)
      ? [{ line, px, py: Math.min(Math.max(py, area.y), area.y + area.height) }]
      : [];
  });
  const placed = spreadLabels(
    ends.map((end) => end.py),
    fontSize * 1.2,
    area.y,
    area.y + area.height,
  );
  if (!placed) return null;
  const left = area.x + area.width;
  return (
    <g className="end-labels" fontSize={fontSize}>
      {ends.map(({ line, px, py }, i) => {
        const labelY = placed[i] ?? py;
        const paint = seriesPaint(line.color);
        const moved = Math.abs(labelY - py) > 1 || left - px > 2;
        return (
          <g
            key={line.cityId}
            className="end-label"
            data-city={line.cityId}
            opacity={highlighted === null || highlighted === line.cityId ? 1 : 0.25}
          >
            {moved && (
              <polyline
                className="end-label__leader"
                points={`${px + 4},${py} ${left + 2},${py} ${left + LABEL_GAP_PX - 3},${labelY}`}
                fill="none"
                stroke={paint}
                strokeWidth={1}
                strokeOpacity={0.6}
              />
            )}
            <text
              className="end-label__text"
              x={left + LABEL_GAP_PX}
              y={labelY}
              dy="0.35em"
              fill={paint}
              fontWeight={highlighted === line.cityId ? 700 : 600}
              stroke="var(--surface, #fff)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {line.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
