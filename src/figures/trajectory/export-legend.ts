/**
 * Legends for exported trajectory charts, built from the same shaped lines and stroke
 * styles the chart draws with, so an exported legend cannot disagree with its chart.
 */
import type { CityLine } from './compare-series.ts';
import { markerPath, SERIES_STROKES } from './series-paths.tsx';
import type { LegendEntry } from '../../components/export/svg-compose.ts';
import { drawnColor } from '../../components/export/svg-clone.ts';

export type SeriesKind = keyof typeof SERIES_STROKES;

/** The colour a kind of line is drawn in, read from the drawn chart (a path's own stroke, else its city's). */
export function drawnKindColor(container: HTMLElement, kind: SeriesKind, fallback: string): string {
  const selector =
    kind === 'measured' ? '.series__measured' : kind === 'gap' ? '.series__gap' : `.series__path--${kind}`;
  return drawnColor(container.querySelector(selector), 'stroke', fallback);
}

/** A city per entry: its colour (as drawn, when `colorOf` reads it from the chart), line and marker shape. */
export function cityLegend(
  lines: readonly CityLine[],
  colorOf: (line: CityLine) => string = (line) => line.color,
): LegendEntry[] {
  return lines.map((line) => ({
    label: line.name,
    symbol: {
      kind: 'line',
      color: colorOf(line),
      width: SERIES_STROKES.measured.width,
      marker: markerPath(line.marker, 0, 0, 4),
    },
  }));
}

/** The kinds of series drawn besides the reported values (unreported stretches, paths), in one neutral colour. */
export function drawnKinds(lines: readonly CityLine[]): SeriesKind[] {
  const kinds: SeriesKind[] = [];
  if (lines.some((line) => line.data.gap.some((p) => p.value !== null))) kinds.push('gap');
  for (const overlay of ['trend', 'target', 'reference'] as const) {
    if (lines.some((line) => line.overlayKeys[overlay])) kinds.push(overlay);
  }
  return kinds;
}

/** An entry per kind of line, stroked as the chart strokes it, in the colour each is drawn in. */
export function seriesLegend(
  kinds: readonly SeriesKind[],
  colorOf: (kind: SeriesKind) => string,
  label: (kind: SeriesKind) => string,
): LegendEntry[] {
  return kinds.map((kind) => {
    const stroke = SERIES_STROKES[kind];
    return {
      label: label(kind),
      symbol: {
        kind: 'line',
        color: colorOf(kind),
        width: stroke.width,
        cap: stroke.cap,
        ...(stroke.dash ? { dash: stroke.dash } : {}),
        ...(kind === 'measured' ? { marker: markerPath('circle', 0, 0, 3.5) } : {}),
      },
    };
  });
}

/** The shading after the latest report, in the colour the chart uses (read from the drawn chart). */
export function futureEntry(container: HTMLElement, label: string): LegendEntry | null {
  const shade = container.querySelector('.series-layer__future');
  if (!shade) return null;
  return { label, symbol: { kind: 'area', color: getComputedStyle(shade).fill || '#eef2f0' } };
}
