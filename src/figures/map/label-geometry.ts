/** Boxes and segments for placing names on the map: overlaps, crossings and distances, in map units. */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const boxesOverlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const grow = (box: Box, by: number): Box => ({
  x0: box.x0 - by,
  y0: box.y0 - by,
  x1: box.x1 + by,
  y1: box.y1 + by,
});

export const inside = (box: Box, bounds: Box) =>
  box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;

/** Distance from a point to the nearest point of a box (0 inside it). */
export function distanceToBox(x: number, y: number, box: Box): number {
  return Math.hypot(x - Math.max(box.x0, Math.min(x, box.x1)), y - Math.max(box.y0, Math.min(y, box.y1)));
}

/** Distance from a point to a segment. */
export function distanceToSegment(px: number, py: number, s: Segment): number {
  const vx = s.x2 - s.x1;
  const vy = s.y2 - s.y1;
  const length2 = vx * vx + vy * vy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - s.x1) * vx + (py - s.y1) * vy) / length2));
  return Math.hypot(px - (s.x1 + t * vx), py - (s.y1 + t * vy));
}

const cross = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Whether two segments cross (touching ends do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const d1 = cross(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d2 = cross(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  const d3 = cross(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d4 = cross(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * Whether a segment passes through a box (an end inside, or a stretch of it across): Liang and
 * Barsky's clipping, without allocating, as the layout asks this a million times.
 */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? s.x1 - box.x0 : edge === 1 ? box.x1 - s.x1 : edge === 2 ? s.y1 - box.y0 : box.y1 - s.y1;
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) {
      if (q / p > t1) return false;
      t0 = Math.max(t0, q / p);
    } else {
      if (q / p < t0) return false;
      t1 = Math.min(t1, q / p);
    }
  }
  return t0 < t1;
}
