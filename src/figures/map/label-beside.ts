/**
 * What a placed name is (its text, anchor, box and leader line) and the first step of placing
 * them: each name right beside its mark where there is room. All lengths are in map units.
 */
import { boxesOverlap, distanceToBox, grow, inside, type Box, type Segment } from './label-geometry.ts';

/** What a name is placed for: a mark's centre and radius. */
export interface LabelPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
}

export interface LeaderLabel {
  id: string;
  text: string;
  /** The text's anchor point: its baseline, at the start, middle or end of the text. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The room the text takes, from the top of its tallest letter to the bottom of its lowest. */
  box: Box;
  /** From the mark's edge to the name, when the name had to move away from its mark. */
  leader: Segment | null;
}

export interface LeaderOptions {
  fontSize: number;
  /** Where names may go: the drawn area, which may reach beyond the country's outline. */
  bounds: Box;
  /** A name's width at fontSize; estimated from its length when not given (no layout, as in tests). */
  textWidth?: (text: string) => number;
  /** Areas names keep clear of (the size key). */
  obstacles?: readonly Box[];
}

/** A sans-serif's ascent and descent, as parts of the font size (DejaVu Sans, Arial and their kin). */
const ASCENT = 0.95;
const DESCENT = 0.27;
/** Clear space kept around a name, as a part of the font size. */
export const PAD = 0.12;
/** A bold sans-serif's average letter width, generous, as a part of the font size. */
export const CHAR_EM = 0.66;
/** The height a name takes with its clear space above and below: the pitch of a column of names. */
export const lineHeight = (fontSize: number) => (ASCENT + DESCENT + 2 * PAD) * fontSize;

/** Next to a mark, in order of preference: right, left, above, below, then the diagonals. */
const BESIDE: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];

/**
 * A name attached at (x, y) and lying towards (dx, dy): dx 1 puts its left edge there, −1 its
 * right edge, 0 its middle; dy likewise for its top, bottom or vertical middle.
 */
export function labelAt(
  point: LabelPoint,
  width: number,
  fontSize: number,
  at: { x: number; y: number; dx: number; dy: number },
): Omit<LeaderLabel, 'leader'> {
  const height = (ASCENT + DESCENT) * fontSize;
  const x0 = at.dx > 0 ? at.x : at.dx < 0 ? at.x - width : at.x - width / 2;
  const y0 = at.dy > 0 ? at.y : at.dy < 0 ? at.y - height : at.y - height / 2;
  const anchor: LeaderLabel['anchor'] = at.dx > 0 ? 'start' : at.dx < 0 ? 'end' : 'middle';
  return {
    id: point.id,
    text: point.name,
    x: anchor === 'start' ? x0 : anchor === 'end' ? x0 + width : x0 + width / 2,
    y: y0 + ASCENT * fontSize,
    anchor,
    box: { x0, y0, x1: x0 + width, y1: y0 + height },
  };
}

/** Whether two marks overlap: such a mark is beside every place of the other's name. */
export const overlapping = (a: LabelPoint, b: LabelPoint) => Math.hypot(a.x - b.x, a.y - b.y) <= a.r + b.r;

/**
 * Each name right beside its mark, in the order given (the largest marks first), in the first of
 * eight places (right, left, above, below, the diagonals) that stays inside the bounds, clear of
 * every mark, obstacle and name placed before it, and not next to another city's mark, where it
 * would read as that city's name. Also the points that found no such place.
 */
export function placeBeside(
  points: readonly LabelPoint[],
  all: readonly LabelPoint[],
  options: LeaderOptions,
  widthOf: (point: LabelPoint) => number,
): { placed: LeaderLabel[]; noRoom: LabelPoint[] } {
  const { fontSize, bounds, obstacles = [] } = options;
  const placed: LeaderLabel[] = [];
  const noRoom: LabelPoint[] = [];
  for (const point of points) {
    const gap = point.r + 1 + 0.25 * fontSize;
    const others = all.filter((m) => m !== point && !overlapping(m, point));
    const fits = (box: Box) => {
      const padded = grow(box, PAD * fontSize);
      return (
        inside(padded, bounds) &&
        all.every((m) => distanceToBox(m.x, m.y, padded) >= m.r + 1) &&
        others.every((m) => distanceToBox(m.x, m.y, padded) >= m.r + fontSize / 2) &&
        obstacles.every((o) => !boxesOverlap(padded, o)) &&
        placed.every((label) => !boxesOverlap(padded, label.box))
      );
    };
    const label = BESIDE.map(([dx, dy]) => {
      const norm = Math.hypot(dx, dy);
      const at = { x: point.x + (dx / norm) * gap, y: point.y + (dy / norm) * gap, dx, dy };
      return labelAt(point, widthOf(point), fontSize, at);
    }).find((candidate) => fits(candidate.box));
    if (label) placed.push({ ...label, leader: null });
    else noRoom.push(point);
  }
  return { placed, noRoom };
}
