/**
 * The map's pure state: län outlines projected to SVG paths, one mark per city at its
 * town centre (area ∝ emissions, colour and shape by measure), name labels where they
 * fit, and the figures each mark's tooltip and table row show. No DOM, no formatting.
 */
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CitySummary } from '../../../contract/cities.ts';
import type { ContractStatus } from '../../../contract/contracts.ts';
import type { LanProperties, LanTopology } from '../../../contract/geo.ts';
import { compareNames } from '../../lib/format.ts';
import { budgetCategory, encode, type BudgetCategory, type Encoding, type MapMeasure } from './map-scales.ts';
import type { TargetStanding } from '../../../contract/assessment.ts';

/** Width of the map's coordinate system (SVG viewBox units); the height follows Sweden's shape. */
export const MAP_WIDTH = 400;
/** Room around the outline so the largest mark on the coast is not cut off. */
const PADDING = 20;
/** Radius of the largest emitter's mark; the others scale by area. */
export const MAX_RADIUS = 18;
/** Radius of a city without emissions figures (drawn hollow as "no data"). */
const NO_DATA_RADIUS = 4;

export interface LanShape {
  code: string;
  name: string;
  /** SVG path data in map units. */
  d: string;
}

export interface MapGeometry {
  width: number;
  height: number;
  projection: GeoProjection;
  lan: LanShape[];
}

/**
 * The map drawn once, as plain data: the län as SVG paths and the fitted projection's
 * parameters. Fitting the projection and drawing the outlines is the map's costly step; the
 * server does it for a page it renders and sends this with the page's data, so the browser
 * only rebuilds the projection from three numbers (mapGeometry) when it hydrates.
 */
export interface DrawnMap {
  width: number;
  height: number;
  lan: LanShape[];
  projection: { rotate: [number, number, number]; scale: number; translate: [number, number] };
}

/** The figures a mark's tooltip, its accessible name and its table row show. */
export interface MarkFigures {
  year: number | null;
  tonnesCo2e: number | null;
  tonnesPerCapita: number | null;
  changeSince2015Percent: number | null;
  contractStatus: ContractStatus;
  /** Against the city's own target. */
  target: TargetStanding;
  /** Against the reference path. */
  budget: BudgetCategory;
}

export interface MapMark extends Encoding {
  id: string;
  name: string;
  /** Position in map units (y grows southwards). */
  x: number;
  y: number;
  r: number;
  /** The reader's chosen city: drawn with a thick outline. */
  isMine: boolean;
  figures: MarkFigures;
}

export interface MapLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The län as GeoJSON features, in the topology's order. */
export function lanFeatures(topology: LanTopology): Feature<Polygon | MultiPolygon, LanProperties>[] {
  // The contract checks the structure; topojson-client's types describe any topology.
  const typed = topology as unknown as Topology<{ lan: GeometryCollection<LanProperties> }>;
  return feature(typed, typed.objects.lan).features as Feature<Polygon | MultiPolygon, LanProperties>[];
}

/**
 * A transverse Mercator on 15° E (close to SWEREF 99 TM, Sweden's national grid), fitted
 * to the län so the whole country fills the width.
 */
export function drawMap(topology: LanTopology, width = MAP_WIDTH): DrawnMap {
  const features = lanFeatures(topology);
  const collection: FeatureCollection<Polygon | MultiPolygon, LanProperties> = { type: 'FeatureCollection', features };
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitWidth(width - 2 * PADDING, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * PADDING);
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [width - PADDING, height - PADDING],
    ],
    collection,
  );
  // Two decimals of a 400-unit map: a hundredth of a screen pixel.
  const path = geoPath(projection).digits(2);
  const [tx, ty] = projection.translate();
  const [r0, r1, r2] = projection.rotate();
  return {
    width,
    height,
    lan: features.map((f) => ({ code: f.properties.code, name: f.properties.name, d: path(f) ?? '' })),
    projection: { rotate: [r0, r1, r2 ?? 0], scale: projection.scale(), translate: [tx, ty] },
  };
}

/** The map's geometry from its drawn form: the projection rebuilt from its parameters, without fitting. */
export function geometryOf(drawn: DrawnMap): MapGeometry {
  const { rotate, scale, translate } = drawn.projection;
  return {
    width: drawn.width,
    height: drawn.height,
    lan: drawn.lan,
    projection: geoTransverseMercator().rotate(rotate).scale(scale).translate(translate),
  };
}

/** The map's geometry, drawn from the outlines (tests and tools; pages take the drawn map from its query). */
export function mapGeometry(topology: LanTopology, width = MAP_WIDTH): MapGeometry {
  return geometryOf(drawMap(topology, width));
}

export function markFigures(city: CitySummary): MarkFigures {
  return {
    year: city.latest?.year ?? null,
    tonnesCo2e: city.latest?.tonnesCo2e ?? null,
    tonnesPerCapita: city.latest?.tonnesPerCapita ?? null,
    changeSince2015Percent: city.changeSince2015Percent,
    contractStatus: city.contract.status,
    target: city.assessment.targetStanding,
    budget: budgetCategory(city),
  };
}

/** Radius with area proportional to emissions: r = MAX_RADIUS × √(tonnes ÷ largest tonnes). */
export function radiusFor(tonnes: number | null, maxTonnes: number): number {
  if (tonnes === null || maxTonnes <= 0) return NO_DATA_RADIUS;
  return MAX_RADIUS * Math.sqrt(Math.max(0, tonnes) / maxTonnes);
}

/** One mark per city with a position, largest first so small marks are drawn on top and stay reachable. */
export function mapMarks(
  cities: readonly CitySummary[],
  projection: GeoProjection,
  measure: MapMeasure,
  myCity: string | null,
): MapMark[] {
  const maxTonnes = Math.max(0, ...cities.map((c) => c.latest?.tonnesCo2e ?? 0));
  return cities
    .flatMap((city) => {
      const point = projection([city.location.lon, city.location.lat]);
      if (!point) return [];
      const figures = markFigures(city);
      return [
        {
          ...encode(city, measure),
          id: city.id,
          name: city.name,
          x: point[0],
          y: point[1],
          r: radiusFor(figures.tonnesCo2e, maxTonnes),
          isMine: city.id === myCity,
          figures,
        },
      ];
    })
    .sort((a, b) => b.r - a.r || compareNames(a.name, b.name));
}

/** The marks in table order: by name, Swedish alphabet. */
export function tableOrder(marks: readonly MapMark[]): MapMark[] {
  return [...marks].sort((a, b) => compareNames(a.name, b.name));
}

export interface SizeKeyItem {
  tonnes: number;
  r: number;
  /** Centre from the key's left edge, in map units; circles sit side by side with room for their numbers. */
  x: number;
}

/** Reference sizes for the size key: round tonnages up to the largest emitter's, spaced for numbers of `fontSize`. */
export function sizeKey(marks: readonly MapMark[], fontSize = 10): SizeKeyItem[] {
  const maxTonnes = Math.max(0, ...marks.map((m) => m.figures.tonnesCo2e ?? 0));
  const sizes = [100_000, 500_000, 2_000_000]
    .filter((t) => t <= maxTonnes * 1.05)
    .map((tonnes) => ({ tonnes, r: radiusFor(tonnes, maxTonnes) }));
  // The amounts are written out ("500 thousand", twelve characters) and every other one sits a
  // line lower (MapSizeKey), so two on one line are two circles apart: 2 font sizes either side will do,
  // and the first has room for half of its amount on its left, inside the key.
  const halfWidths = sizes.map((s, i) => Math.max(s.r, fontSize * (i === 0 ? 3.3 : 2)));
  return sizes.map((s, i) => ({
    ...s,
    x: halfWidths.slice(0, i).reduce((sum, w) => sum + 2 * w + 8, 0) + (halfWidths[i] ?? 0),
  }));
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Boxes by the grid cells they cover, so a box is checked against its neighbours only: placing
 * the names of all 290 municipalities checks a few boxes each, not every box placed so far.
 */
class BoxGrid<T extends Box> {
  private readonly cells = new Map<string, T[]>();
  constructor(private readonly size: number) {}
  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let gx = Math.floor(box.x0 / this.size); gx <= Math.floor(box.x1 / this.size); gx++) {
      for (let gy = Math.floor(box.y0 / this.size); gy <= Math.floor(box.y1 / this.size); gy++)
        keys.push(`${gx},${gy}`);
    }
    return keys;
  }
  add(box: T): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
  some(box: Box, test: (other: T) => boolean): boolean {
    return this.keys(box).some((key) =>
      (this.cells.get(key) ?? []).some((other) => overlaps(box, other) && test(other)),
    );
  }
}

/**
 * City names beside their marks where they fit: larger cities first, trying right, left,
 * above and below; a name that would cover another name or mark, or leave the map, is left
 * out (every city is in the table and has a tooltip). Widths are estimated from the font size.
 */
export function placeLabels(marks: readonly MapMark[], width: number, height: number, fontSize = 11): MapLabel[] {
  const charWidth = fontSize * 0.58;
  const markBoxes = new BoxGrid<Box & { id: string }>(fontSize * 4);
  for (const m of marks) markBoxes.add({ id: m.id, x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r });
  const placedBoxes = new BoxGrid<Box>(fontSize * 4);
  const placed: MapLabel[] = [];
  for (const mark of [...marks].sort((a, b) => b.r - a.r || compareNames(a.name, b.name))) {
    const w = mark.name.length * charWidth;
    const gap = mark.r + 3;
    const candidates: MapLabel[] = [
      { id: mark.id, text: mark.name, x: mark.x + gap, y: mark.y + fontSize * 0.35, anchor: 'start' },
      { id: mark.id, text: mark.name, x: mark.x - gap, y: mark.y + fontSize * 0.35, anchor: 'end' },
      { id: mark.id, text: mark.name, x: mark.x, y: mark.y - gap - 2, anchor: 'middle' },
      { id: mark.id, text: mark.name, x: mark.x, y: mark.y + gap + fontSize * 0.8, anchor: 'middle' },
      // Diagonals, for big marks crowded on every side (Göteborg between Borås and the coast).
      { id: mark.id, text: mark.name, x: mark.x + mark.r * 0.7, y: mark.y - mark.r * 0.7 - 2, anchor: 'start' },
      {
        id: mark.id,
        text: mark.name,
        x: mark.x + mark.r * 0.7,
        y: mark.y + mark.r * 0.7 + fontSize * 0.8,
        anchor: 'start',
      },
      { id: mark.id, text: mark.name, x: mark.x - mark.r * 0.7, y: mark.y - mark.r * 0.7 - 2, anchor: 'end' },
      {
        id: mark.id,
        text: mark.name,
        x: mark.x - mark.r * 0.7,
        y: mark.y + mark.r * 0.7 + fontSize * 0.8,
        anchor: 'end',
      },
    ];
    for (const label of candidates) {
      const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
      const box = { x0, x1: x0 + w, y0: label.y - fontSize * 0.8, y1: label.y + fontSize * 0.25 };
      const fits =
        box.x0 >= 0 &&
        box.x1 <= width &&
        box.y0 >= 0 &&
        box.y1 <= height &&
        !placedBoxes.some(box, () => true) &&
        !markBoxes.some(box, (other) => other.id !== mark.id);
      if (fits) {
        placedBoxes.add(box);
        placed.push(label);
        break;
      }
    }
  }
  return placed;
}
