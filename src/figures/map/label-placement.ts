/**
 * Every city named, for a map read from across a room (the presenter's slide). Each name goes
 * right beside its mark where there is room (label-beside.ts); the names that find none are set
 * in a column beside the crowd with a leader line from each mark (label-columns.ts). A name
 * beside its mark that is in the way of a column's name or leader joins the column too, and the
 * names are placed again, until nothing is in the way. Pure and deterministic, in map units.
 */
import { compareNames } from '../../lib/format.ts';
import { placeBeside, CHAR_EM, type LabelPoint, type LeaderLabel, type LeaderOptions } from './label-beside.ts';
import { inTheWay, placeInColumns } from './label-columns.ts';

export type { Box, Segment } from './label-geometry.ts';
export type { LabelPoint, LeaderLabel, LeaderOptions } from './label-beside.ts';

/**
 * A name for every point: beside its mark where that is free, otherwise in a column with a
 * leader. The largest marks choose first; the layout does not depend on the order points come in.
 */
export function placeEveryLabel(points: readonly LabelPoint[], options: LeaderOptions): LeaderLabel[] {
  const { fontSize, textWidth = (text: string) => text.length * CHAR_EM * fontSize } = options;
  const widths = new Map(points.map((p) => [p.id, textWidth(p.name)]));
  const widthOf = (point: LabelPoint) => widths.get(point.id) ?? 0;
  const ordered = [...points].sort(
    (a, b) => b.r - a.r || compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const moved = new Set<string>();
  let labels: LeaderLabel[] = [];
  for (let round = 0; round <= ordered.length; round++) {
    const { placed, noRoom } = placeBeside(
      ordered.filter((p) => !moved.has(p.id)),
      ordered,
      options,
      widthOf,
    );
    noRoom.forEach((p) => moved.add(p.id));
    const columns = placeInColumns(
      ordered.filter((p) => moved.has(p.id)),
      ordered,
      placed,
      options,
      widthOf,
    );
    labels = [...placed, ...columns];
    const blocking = inTheWay(columns, placed, fontSize);
    if (blocking.length === 0) break;
    blocking.forEach((label) => moved.add(label.id));
  }
  return labels;
}
