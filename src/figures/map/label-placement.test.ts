import { fixtures } from '../../../mocks/fixtures.ts';
import { spread } from './label-columns.ts';
import { boxesOverlap, distanceToBox, segmentHitsBox, segmentsCross } from './label-geometry.ts';
import { placeEveryLabel, type LabelPoint, type LeaderLabel, type LeaderOptions } from './label-placement.ts';
import { mapGeometry, mapMarks } from './map-series.ts';

const geometry = mapGeometry(fixtures.geo.topology);
const marks = mapMarks(fixtures.cities.cities, geometry.projection, 'contract', null);
/** The presenter's slide at 1920×1080: about a pixel a unit, names at 25, the map widened to half the slide. */
const SLIDE: LeaderOptions = {
  fontSize: 25,
  bounds: { x0: -300, y0: 0, x1: geometry.width + 300, y1: geometry.height },
  obstacles: [{ x0: -300, y0: 0, x1: 120, y1: 190 }],
};

/** The checks every placement must pass: one name per point, nothing overlapping, leaders only where moved. */
function expectReadable(points: readonly LabelPoint[], labels: LeaderLabel[], options: LeaderOptions) {
  const { fontSize, bounds, obstacles = [] } = options;
  expect(labels.map((l) => l.id).sort()).toEqual(points.map((p) => p.id).sort());
  labels.forEach((label, i) => {
    const point = points.find((p) => p.id === label.id) as LabelPoint;
    expect(label.text).toBe(point.name);
    const { box } = label;
    expect(box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1).toBe(true);
    for (const other of labels.slice(i + 1))
      expect(boxesOverlap(box, other.box), `${label.id} ${other.id}`).toBe(false);
    for (const obstacle of obstacles) expect(boxesOverlap(box, obstacle)).toBe(false);
    // No name covers a mark, its own included.
    for (const p of points) expect(distanceToBox(p.x, p.y, box), `${label.id} over ${p.id}`).toBeGreaterThan(p.r);
    const gap = distanceToBox(point.x, point.y, box) - point.r;
    if (label.leader === null) {
      // Beside its mark: within half the font size of its edge.
      expect(gap, label.id).toBeLessThan(fontSize / 2);
    } else {
      // Moved: the leader runs from the mark's edge to the name's edge, through no other name.
      const { x1, y1, x2, y2 } = label.leader;
      expect(Math.hypot(x1 - point.x, y1 - point.y)).toBeCloseTo(point.r + 0.15 * fontSize, 6);
      expect(distanceToBox(x2, y2, box)).toBeLessThan(fontSize / 4);
      for (const other of labels) if (other !== label) expect(segmentHitsBox(label.leader, other.box)).toBe(false);
      for (const other of labels.slice(i + 1))
        if (other.leader) expect(segmentsCross(label.leader, other.leader), `${label.id} ${other.id}`).toBe(false);
    }
  });
}

describe('a column of names', () => {
  it("keeps the marks' order, a pitch apart, each run of touching names centred on its marks", () => {
    expect(spread([100, 300], 30, 0, 1000)).toEqual([100, 300]);
    // Three marks 10 apart: one run of three, centred on the middle one.
    expect(spread([100, 110, 120], 30, 0, 1000)).toEqual([80, 110, 140]);
    // Against the bottom edge the run moves up, never out.
    expect(spread([990, 995], 30, 0, 1000)).toEqual([955, 985]);
  });
});

describe('every name placed, with leader lines', () => {
  it('names all 23 cities on the slide, none overlapping, and moves some with a leader', () => {
    const labels = placeEveryLabel(marks, SLIDE);
    expect(labels).toHaveLength(marks.length);
    expectReadable(marks, labels, SLIDE);
    // Stockholm, Nacka and Järfälla lie within a few units of each other: at least two of them move.
    const moved = labels.filter((l) => l.leader !== null).map((l) => l.id);
    expect(moved.filter((id) => ['stockholm', 'nacka', 'jarfalla'].includes(id)).length).toBeGreaterThanOrEqual(2);
    // The north has room: its names stay beside their marks.
    for (const id of ['skelleftea', 'umea', 'ostersund']) expect(labels.find((l) => l.id === id)?.leader).toBeNull();
    // Moved names stand in columns: those on one side share the edge they are aligned on.
    const edges = new Set(
      labels.filter((l) => l.leader).map((l) => Math.round(l.anchor === 'start' ? l.box.x0 : l.box.x1)),
    );
    expect(edges.size).toBeLessThanOrEqual(4);
  });

  it('is deterministic: the same input gives the same places', () => {
    expect(placeEveryLabel([...marks].reverse(), SLIDE)).toEqual(placeEveryLabel(marks, SLIDE));
  });

  it('uses measured widths when given, and stays clear of them', () => {
    const options = { ...SLIDE, textWidth: (text: string) => text.length * 25 * 0.75 };
    const labels = placeEveryLabel(marks, options);
    expectReadable(marks, labels, options);
    const malmo = labels.find((l) => l.id === 'malmo') as LeaderLabel;
    expect(malmo.box.x1 - malmo.box.x0).toBeCloseTo(5 * 25 * 0.75, 6);
  });

  it('ten marks on one spot: every name placed, the ones with no room beside moved with leaders that do not cross', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({
      id: `c${i}`,
      name: `City ${i}`,
      x: 200,
      y: 200,
      r: 10 - i,
    }));
    const options = { fontSize: 10, bounds: { x0: 0, y0: 0, x1: 400, y1: 400 } };
    const labels = placeEveryLabel(points, options);
    expect(labels.filter((l) => l.leader !== null).length).toBeGreaterThanOrEqual(2);
    expectReadable(points, labels, options);
  });

  it('a name that fits beside its mark gets no leader; labels never leave the bounds', () => {
    const labels = placeEveryLabel([{ id: 'a', name: 'Edge', x: 395, y: 5, r: 3 }], {
      fontSize: 10,
      bounds: { x0: 0, y0: 0, x1: 400, y1: 400 },
    });
    // Right and above would leave the map: below-left is where it fits.
    expect(labels).toEqual([expect.objectContaining({ id: 'a', anchor: 'end', leader: null })]);
    expectReadable([{ id: 'a', name: 'Edge', x: 395, y: 5, r: 3 }], labels, {
      fontSize: 10,
      bounds: { x0: 0, y0: 0, x1: 400, y1: 400 },
    });
  });
});
