/**
 * Names that found no room beside their marks, set in a column to the right or the left of the
 * crowd with a leader line from each mark: in the order of their marks from north to south, each
 * as close to its mark's height as the names above and below it allow, and clear of every mark
 * and every name placed beside its mark in their rows. All lengths are in map units.
 */
import {
  boxesOverlap,
  distanceToBox,
  distanceToSegment,
  grow,
  segmentHitsBox,
  segmentsCross,
  type Segment,
} from './label-geometry.ts';
import {
  labelAt,
  lineHeight,
  overlapping,
  PAD,
  type LabelPoint,
  type LeaderLabel,
  type LeaderOptions,
} from './label-beside.ts';

interface Band {
  y0: number;
  y1: number;
}

/** The furthest edge, to the right or the left, of the marks and names in a band of the map. */
function edgeIn(band: Band, marks: readonly LabelPoint[], names: readonly LeaderLabel[], right: boolean): number {
  const edges = [
    ...marks.filter((m) => m.y + m.r > band.y0 && m.y - m.r < band.y1).map((m) => (right ? m.x + m.r : m.x - m.r)),
    ...names.filter((l) => l.box.y1 > band.y0 && l.box.y0 < band.y1).map((l) => (right ? l.box.x1 : l.box.x0)),
  ];
  return right ? Math.max(-Infinity, ...edges) : Math.min(Infinity, ...edges);
}

/**
 * Centres for names `pitch` apart at least, each wanted at its mark's height (`wanted`, north to
 * south), between `top` and `bottom`: names that would touch form a run, centred on its marks.
 */
export function spread(wanted: readonly number[], pitch: number, top: number, bottom: number): number[] {
  const runs = wanted.map((_, i) => ({ first: i, count: 1, start: 0 }));
  const settle = (run: (typeof runs)[number]) => {
    let sum = 0;
    for (let k = 0; k < run.count; k++) sum += (wanted[run.first + k] ?? 0) - (k + 0.5) * pitch;
    run.start = Math.max(top, Math.min(bottom - run.count * pitch, sum / run.count));
  };
  runs.forEach(settle);
  for (let i = 1; i < runs.length;) {
    const [above, below] = [runs[i - 1], runs[i]];
    if (above && below && above.start + above.count * pitch > below.start + 1e-9) {
      above.count += below.count;
      runs.splice(i, 1);
      settle(above);
      i = Math.max(1, i - 1);
    } else i++;
  }
  return runs.flatMap((run) => Array.from({ length: run.count }, (_, k) => run.start + (k + 0.5) * pitch));
}

/** A leader from the mark's edge towards a point. */
function leaderTo(point: LabelPoint, x: number, y: number, fontSize: number): Segment {
  const length = Math.hypot(x - point.x, y - point.y) || 1;
  const start = point.r + 0.15 * fontSize;
  return {
    x1: point.x + ((x - point.x) / length) * start,
    y1: point.y + ((y - point.y) / length) * start,
    x2: x,
    y2: y,
  };
}

interface ColumnContext {
  all: readonly LabelPoint[];
  beside: readonly LeaderLabel[];
  options: LeaderOptions;
  widthOf: (point: LabelPoint) => number;
}

/** One side's names: spread north to south, each run of touching names set clear of its rows' marks and names. */
function column(members: readonly LabelPoint[], right: boolean, context: ColumnContext): LeaderLabel[] {
  const { all, beside, options, widthOf } = context;
  const { fontSize, bounds } = options;
  const pitch = lineHeight(fontSize);
  const centres = spread(
    members.map((m) => m.y),
    pitch,
    bounds.y0,
    bounds.y1,
  );
  const labels: LeaderLabel[] = [];
  for (let first = 0; first < members.length;) {
    let last = first;
    while (last + 1 < members.length && (centres[last + 1] ?? 0) - (centres[last] ?? 0) < pitch + 1e-6) last++;
    const run = members.slice(first, last + 1);
    const band = { y0: (centres[first] ?? 0) - pitch / 2, y1: (centres[last] ?? 0) + pitch / 2 };
    // Clear of the marks and names in the run's rows, and of the run's own marks wherever they are.
    const edges = [edgeIn(band, all, beside, right), ...run.map((m) => (right ? m.x + m.r : m.x - m.r))];
    const widest = Math.max(...run.map(widthOf));
    const x = right
      ? Math.min(Math.max(...edges) + 0.6 * fontSize, bounds.x1 - widest - PAD * fontSize)
      : Math.max(Math.min(...edges) - 0.6 * fontSize, bounds.x0 + widest + PAD * fontSize);
    run.forEach((point, k) => {
      const y = centres[first + k] ?? point.y;
      const label = labelAt(point, widthOf(point), fontSize, { x, y, dx: right ? 1 : -1, dy: 0 });
      labels.push({ ...label, leader: leaderTo(point, x + (right ? -0.2 : 0.2) * fontSize, y, fontSize) });
    });
    first = last + 1;
  }
  return labels;
}

/** Two names on one side whose leaders cross trade places (their marks are in a different order across than down). */
function untangle(labels: LeaderLabel[], points: ReadonlyMap<string, LabelPoint>, context: ColumnContext): void {
  const { fontSize } = context.options;
  const rebuilt = (label: LeaderLabel, slot: LeaderLabel): LeaderLabel => {
    const point = points.get(label.id) as LabelPoint;
    const right = slot.anchor === 'start';
    const x = right ? slot.box.x0 : slot.box.x1;
    const y = (slot.box.y0 + slot.box.y1) / 2;
    const moved = labelAt(point, context.widthOf(point), fontSize, { x, y, dx: right ? 1 : -1, dy: 0 });
    return { ...moved, leader: leaderTo(point, x + (right ? -0.2 : 0.2) * fontSize, y, fontSize) };
  };
  for (let tries = 0, crossed = true; crossed && tries < labels.length ** 2; tries++) {
    crossed = false;
    for (let i = 0; i < labels.length && !crossed; i++) {
      for (let j = i + 1; j < labels.length && !crossed; j++) {
        const [a, b] = [labels[i] as LeaderLabel, labels[j] as LeaderLabel];
        if (a.anchor !== b.anchor || !a.leader || !b.leader || !segmentsCross(a.leader, b.leader)) continue;
        [labels[i], labels[j]] = [rebuilt(a, b), rebuilt(b, a)];
        crossed = true;
      }
    }
  }
}

/**
 * The names beside their marks that are in the way of a column's name: in that name's row between
 * the start of its leader and the name, or with the leader running through them.
 */
export function inTheWay(columns: readonly LeaderLabel[], beside: readonly LeaderLabel[], fontSize: number) {
  const pad = PAD * fontSize;
  return beside.filter((label) =>
    columns.some(({ box, leader }) => {
      if (!leader) return false;
      const row = { x0: Math.min(leader.x1, box.x0), x1: Math.max(leader.x1, box.x1), y0: box.y0, y1: box.y1 };
      return boxesOverlap(grow(row, pad), label.box) || segmentHitsBox(leader, grow(label.box, pad));
    }),
  );
}

/**
 * What a choice of sides costs: the leaders' lengths (long ones more), five font sizes for every
 * other mark a leader runs over or a name lies next to (it reads as pointing there, or as naming
 * it), one for every name beside its mark in a column's way (it would join the column), and
 * twenty for every collision between the columns' names.
 */
function cost(labels: readonly LeaderLabel[], points: ReadonlyMap<string, LabelPoint>, context: ColumnContext): number {
  const { all, beside, options } = context;
  const { fontSize } = options;
  let total = inTheWay(labels, beside, fontSize).length * fontSize;
  for (const { id, leader, box } of labels) {
    const point = points.get(id);
    if (!leader || !point) continue;
    // Long leaders more than their length: two short ones read better than one across the map.
    const length = Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1);
    total += length + length ** 2 / (4 * fontSize);
    const others = all.filter((m) => !overlapping(m, point));
    const over = others.filter((m) => distanceToSegment(m.x, m.y, leader) < m.r + 1);
    // A name right beside another city's mark reads as that city's, leader or not.
    const beside = others.filter((m) => distanceToBox(m.x, m.y, box) < m.r + 0.75 * fontSize);
    total += (over.length + beside.length) * 5 * fontSize;
  }
  // Names from the two sides that meet: crossing leaders, a leader through a name, names on names.
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      const clashes = [
        boxesOverlap(a.box, b.box),
        !!a.leader && segmentHitsBox(a.leader, b.box),
        !!b.leader && segmentHitsBox(b.leader, a.box),
        !!a.leader && !!b.leader && segmentsCross(a.leader, b.leader),
      ];
      total += clashes.filter(Boolean).length * 20 * fontSize;
    }),
  );
  return total;
}

/**
 * The names that found no room beside their marks, in a column on the right or the left. Each
 * starts on the side where the way out is shorter (to where the marks and names in its row end,
 * plus two font sizes for every other mark its leader would run over); then a name, or two names
 * together, change sides when that makes the columns cheaper (cost), until none does.
 */
export function placeInColumns(
  moved: readonly LabelPoint[],
  all: readonly LabelPoint[],
  beside: readonly LeaderLabel[],
  options: LeaderOptions,
  widthOf: (point: LabelPoint) => number,
): LeaderLabel[] {
  const context = { all, beside, options, widthOf };
  const { fontSize } = options;
  const pitch = lineHeight(fontSize);
  const onRight = (point: LabelPoint) => {
    // Not a mark overlapping this one: every leader runs over that.
    const row = all.filter((m) => !overlapping(m, point) && Math.abs(m.y - point.y) < m.r + pitch / 2);
    const band = { y0: point.y - pitch / 2, y1: point.y + pitch / 2 };
    const east = edgeIn(band, all, beside, true) - point.x + row.filter((m) => m.x > point.x).length * 2 * fontSize;
    const west = point.x - edgeIn(band, all, beside, false) + row.filter((m) => m.x < point.x).length * 2 * fontSize;
    return east <= west;
  };
  const southwards = [...moved].sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
  const points = new Map(moved.map((p) => [p.id, p]));
  const right = new Map(moved.map((p) => [p.id, onRight(p)]));
  // Each choice of sides laid out once: flipping back and trying again finds it here.
  const built = new Map<string, { labels: LeaderLabel[]; cost: number }>();
  const build = () => {
    const key = southwards.map((p) => (right.get(p.id) ? 'R' : 'L')).join('');
    const known = built.get(key);
    if (known) return known;
    const labels = [true, false].flatMap((side) =>
      column(
        southwards.filter((p) => right.get(p.id) === side),
        side,
        context,
      ),
    );
    untangle(labels, points, context);
    const result = { labels, cost: cost(labels, points, context) };
    built.set(key, result);
    return result;
  };
  let best = build();
  // One name, or two near each other at once (two that would each rather be on the other's side).
  const near = (a: LabelPoint, b: LabelPoint) => Math.abs(a.y - b.y) < 3 * pitch;
  const flips = [
    ...southwards.map((a) => [a]),
    ...southwards.flatMap((a, i) => southwards.slice(i + 1).flatMap((b) => (near(a, b) ? [[a, b]] : []))),
  ];
  const flip = (group: LabelPoint[]) => group.forEach((p) => right.set(p.id, !right.get(p.id)));
  for (let round = 0, better = true; better && round < 4; round++) {
    better = false;
    for (const group of flips) {
      // Two on the same side trading sides together is two single flips, tried already.
      if (group.length === 2 && right.get(group[0]?.id ?? '') === right.get(group[1]?.id ?? '')) continue;
      flip(group);
      const tried = build();
      if (tried.cost < best.cost - 1e-6) [best, better] = [tried, true];
      else flip(group);
    }
  }
  return best.labels;
}
