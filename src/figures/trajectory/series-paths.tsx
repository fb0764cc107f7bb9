/**
 * Draws every city's series in one plain SVG layer, on the scales it is given (the drawing's
 * own, or the recharts chart's): solid segments between consecutive reported years, dashed
 * across unreported stretches, patterned paths, and a marker at each reported year. One layer
 * instead of a recharts <Line> per series keeps a measure toggle with 23 cities fast.
 */
import { useId } from 'react';
import type { PlotArea, Scale } from '../../lib/chart-geometry.ts';
import type { CityLine, SeriesPoint } from './compare-series.ts';
import { seriesPaint, type Marker } from './palette.ts';
import { EndLabelLayer } from './end-label-layer.tsx';

/** An SVG path through the points, lifting the pen at every null. */
export function pathData(points: readonly SeriesPoint[], x: Scale, y: Scale): string {
  let d = '';
  let pen = false;
  for (const point of points) {
    const px = x(point.year);
    const py = point.value === null ? undefined : y(point.value);
    if (px === undefined || py === undefined || !Number.isFinite(py)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** A marker's outline centred on (cx, cy). */
export function markerPath(marker: Marker, cx: number, cy: number, r: number): string {
  switch (marker) {
    case 'square':
      return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${cx},${cy - r * 1.25}L${cx + r * 1.15},${cy + r * 0.9}L${cx - r * 1.15},${cy + r * 0.9}Z`;
    case 'diamond':
      return `M${cx},${cy - r * 1.3}L${cx + r * 1.1},${cy}L${cx},${cy + r * 1.3}L${cx - r * 1.1},${cy}Z`;
    default:
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

/** How each kind of series is stroked; keys explaining the chart use the same values. */
export const SERIES_STROKES = {
  measured: { dash: undefined, width: 2, cap: 'butt' },
  gap: { dash: '3 3', width: 1.25, cap: 'butt' },
  target: { dash: '12 3 3 3', width: 1.75, cap: 'butt' },
  reference: { dash: '1 5', width: 2.5, cap: 'round' },
  trend: { dash: '10 4', width: 1.75, cap: 'butt' },
} as const;

/** Room around the plot for the largest marker (a highlighted diamond), so none is cut at an edge. */
const MARKER_ROOM = 7;

export interface SeriesPathsProps {
  lines: CityLine[];
  highlighted: string | null;
  compact: boolean;
  /** Shade the plot from this year on: after the latest report, nothing is measured. */
  shadeFrom: number | null;
  /** Name the cities at their lines' ends, at this font size (the layout leaves them a gutter); 0 for none. */
  endLabelSize?: number;
}

/** Every reported year's marker along one line, as one path. */
function markersPath(line: CityLine, x: Scale, y: Scale, r: number): string {
  return line.data.measured
    .filter((p) => p.value !== null)
    .map((p) => ({ px: x(p.year), py: y(p.value as number) }))
    .filter((p): p is { px: number; py: number } => p.px !== undefined && p.py !== undefined && Number.isFinite(p.py))
    .map((p) => markerPath(line.marker, p.px, p.py, r))
    .join('');
}

interface SeriesLineProps {
  line: CityLine;
  highlighted: string | null;
  compact: boolean;
  x: Scale;
  y: Scale;
}

/** One city: the dashed gaps, its overlays, the measured path and its markers; faded while another is highlighted. */
function SeriesLine({ line, highlighted, compact, x, y }: SeriesLineProps) {
  const r = compact ? 2.5 : 3.5;
  const opacity = highlighted === null || highlighted === line.cityId ? 1 : 0.12;
  const markers = markersPath(line, x, y, r);
  return (
    <g className="series" data-city={line.cityId} opacity={opacity} fill="none" stroke={seriesPaint(line.color)}>
      <path
        className="series__gap"
        d={pathData(line.data.gap, x, y)}
        strokeWidth={SERIES_STROKES.gap.width}
        strokeDasharray={SERIES_STROKES.gap.dash}
        strokeOpacity={0.75}
      />
      {Object.entries(line.data.overlays).map(([overlay, points]) => {
        const kind = overlay as 'target' | 'reference' | 'trend';
        const style = SERIES_STROKES[kind];
        const color = line.overlayColors[kind];
        return (
          <path
            key={overlay}
            stroke={color && seriesPaint(color)}
            className={`series__path series__path--${overlay}`}
            d={pathData(points, x, y)}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            strokeLinecap={style.cap}
            strokeOpacity={0.9}
          />
        );
      })}
      <path
        className="series__measured"
        d={pathData(line.data.measured, x, y)}
        strokeWidth={highlighted === line.cityId ? 3.5 : compact ? 1.5 : SERIES_STROKES.measured.width}
        strokeLinejoin="round"
      />
      <path
        className="series__markers"
        d={markers}
        fill={seriesPaint(line.color)}
        stroke="var(--surface, #fff)"
        strokeWidth={1}
      />
    </g>
  );
}

export function SeriesPaths({
  lines,
  highlighted,
  compact,
  shadeFrom,
  endLabelSize = 0,
  x,
  y,
  area,
}: SeriesPathsProps & { x: Scale; y: Scale; area: PlotArea }) {
  const clipId = useId();
  // The highlighted city is drawn last, so it lies on top.
  const ordered =
    highlighted === null
      ? lines
      : [...lines.filter((l) => l.cityId !== highlighted), ...lines.filter((l) => l.cityId === highlighted)];
  return (
    <g className="series-layer">
      <clipPath id={clipId}>
        {/* Wider than the plot by a marker, so a marker on the first or last year is drawn whole. */}
        <rect
          x={area.x - MARKER_ROOM}
          y={area.y - MARKER_ROOM}
          width={area.width + 2 * MARKER_ROOM}
          height={area.height + 2 * MARKER_ROOM}
        />
      </clipPath>
      {shadeFrom !== null && x(shadeFrom) !== undefined && (
        <rect
          className="series-layer__future"
          x={x(shadeFrom)}
          y={area.y}
          width={Math.max(0, area.x + area.width - (x(shadeFrom) ?? 0))}
          height={area.height}
          fill="var(--future, #eef2f0)"
          fillOpacity={0.75}
        />
      )}
      <g clipPath={`url(#${clipId})`}>
        {ordered.map((line) => (
          <SeriesLine key={line.cityId} line={line} highlighted={highlighted} compact={compact} x={x} y={y} />
        ))}
      </g>
      {endLabelSize > 0 && (
        <EndLabelLayer lines={lines} highlighted={highlighted} fontSize={endLabelSize} x={x} y={y} area={area} />
      )}
    </g>
  );
}
