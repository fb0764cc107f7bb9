/**
 * Direct labels at the lines' ends, as Our World in Data draws them: each city's name to the
 * right of the plot, level with where its line ends, nudged apart where two ends lie close, and
 * joined to its line by a short leader when nudged. The legend and the labels list the cities in
 * the same order, top to bottom, as the lines end.
 */
import type { CityLine } from './compare-series.ts';

/** The last reported value a line draws (its right end), or null when it draws none. */
export function endOf(line: CityLine): { year: number; value: number } | null {
  for (let i = line.data.measured.length - 1; i >= 0; i--) {
    const point = line.data.measured[i];
    if (point && point.value !== null) return { year: point.year, value: point.value };
  }
  return null;
}

/** The lines in the order they end, highest first (lines with nothing drawn last, in their order). */
export function byEnd<T extends CityLine>(lines: readonly T[]): T[] {
  const ends = new Map(lines.map((line) => [line, endOf(line)?.value ?? -Infinity]));
  return [...lines].sort((a, b) => (ends.get(b) ?? 0) - (ends.get(a) ?? 0));
}

/** Labels on a chart of 2 to this many cities, where they fit (spreadLabels); past it, the legend alone names them. */
export const MAX_END_LABELS = 30;
/** Gap between the plot's right edge and a label, where a leader line runs. */
export const LABEL_GAP_PX = 14;

/** The width a label gutter needs for these names at this font size (an estimate of the widest name). */
export function labelGutterPx(names: readonly string[], fontSize: number): number {
  const widest = Math.max(0, ...names.map((name) => name.length));
  return Math.ceil(LABEL_GAP_PX + widest * fontSize * 0.6);
}

/**
 * Places labels wanted at `ys` (one per label, in pixels) so that no two are closer than
 * `spacing`, within [top, bottom], each as near its wanted place as the others allow: pushed
 * down past the one above, then the whole stack pulled up from the bottom. Null when they do
 * not fit at all. The order of the labels is kept.
 */
export function spreadLabels(ys: readonly number[], spacing: number, top: number, bottom: number): number[] | null {
  if (ys.length === 0) return [];
  if ((ys.length - 1) * spacing > bottom - top) return null;
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  order.forEach(({ y }, k) => {
    const previous = placed[k - 1];
    placed.push(Math.max(y, top, previous === undefined ? -Infinity : previous + spacing));
  });
  for (let k = placed.length - 1; k >= 0; k--) {
    const below = placed[k + 1];
    const limit = below === undefined ? bottom : below - spacing;
    placed[k] = Math.min(placed[k] as number, limit);
  }
  const out = new Array<number>(ys.length);
  order.forEach(({ i }, k) => (out[i] = placed[k] as number));
  return out;
}
