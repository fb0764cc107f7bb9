/**
 * Pure shaping of the emissions API answer into what the compare chart and table
 * draw. It selects figures the server computed (total, per capita, index, paths);
 * it computes none. Tested without a DOM.
 */
import type { EmissionSeries, EmissionsResponse, PathPoint } from '../../../contract/index.ts';
import type { CompareState, Overlay } from './compare-state.ts';
import { cityStyle, KIND_COLORS, type Marker } from './palette.ts';

/** One row per year of the range: `year` plus a value (or null) per series key. */
export type ChartRow = { year: number } & Record<string, number | null>;

/** A point of one drawn series; null breaks the line. */
export interface SeriesPoint {
  year: number;
  value: number | null;
}

/** Everything needed to draw one city. Keys index into ChartRow (for the tooltip); `data` is what each line draws. */
export interface CityLine {
  cityId: string;
  name: string;
  color: string;
  marker: Marker;
  /** Reported values only; null in unreported years, so no solid line crosses a gap. */
  measuredKey: string;
  /** Values at the two ends of each unreported stretch, drawn dashed across it. */
  gapKey: string;
  /** Overlay keys, present when the overlay is on and available for the measure. */
  overlayKeys: Partial<Record<Overlay, string>>;
  /** Each overlay's own colour on a chart of one city (KIND_COLORS); otherwise the overlays take the city's. */
  overlayColors: Partial<Record<Overlay, string>>;
  /**
   * Each line's own points, so a line draws only what it has (drawing from the shared rows
   * costs every line a pass over every row). Null entries break the line.
   */
  data: { measured: SeriesPoint[]; gap: SeriesPoint[]; overlays: Partial<Record<Overlay, SeriesPoint[]>> };
}

/** Inserts a break (null) between consecutive points that should not be joined. */
function withBreaks(points: { year: number; value: number }[], join: (a: number, b: number) => boolean): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  points.forEach((point, i) => {
    const previous = points[i - 1];
    if (previous && !join(previous.year, point.year)) out.push({ year: (previous.year + point.year) / 2, value: null });
    out.push(point);
  });
  return out;
}

export type TableRowKind = 'measured' | Overlay;

/** A row of the table view: exactly the plotted values of one series. */
export interface TableRow {
  cityId: string;
  name: string;
  kind: TableRowKind;
  values: Map<number, number>;
}

export interface CompareChart {
  rows: ChartRow[];
  lines: CityLine[];
  /** Years that carry at least one plotted value, for the table's columns. */
  years: number[];
  table: TableRow[];
  /** Smallest and largest plotted value (positive only on a log scale); null when nothing is plotted. */
  extent: [number, number] | null;
  /** Why something asked for is not drawn. */
  omissions: Omission[];
}

export type Omission =
  | { kind: 'overlays-need-total-or-index' }
  | { kind: 'no-target'; cityIds: string[] }
  | { kind: 'log-drops-zero' }
  | { kind: 'no-index-base'; cityIds: string[] };

function measuredValue(point: EmissionSeries['points'][number], state: CompareState): number | null {
  if (state.measure === 'total') return point.tonnesCo2e;
  if (state.measure === 'per-capita') return point.tonnesPerCapita;
  return point.index[String(state.base) as '1990' | '2015' | '2020'];
}

function pathValue(point: PathPoint, state: CompareState): number | null {
  if (state.measure === 'total') return point.tonnesCo2e;
  if (state.measure === 'indexed') return point.index[String(state.base) as '1990' | '2015' | '2020'];
  return null;
}

type Plot = (key: string, year: number, value: number | null) => number | null;

/**
 * The chart's rows, a row per year of the range, and `plot`, which puts a value in its row
 * (none outside the range, nor a value of 0 or less on a log scale) and returns what it put.
 * `found` gathers the plotted extent and whether the log scale dropped a value.
 */
function createPlotter(state: CompareState) {
  const rowsByYear = new Map<number, ChartRow>();
  for (let year = state.from; year <= state.to; year++) rowsByYear.set(year, { year });
  const found = { droppedForLog: false, min: Infinity, max: -Infinity };
  const plot: Plot = (key, year, value) => {
    if (value === null || year < state.from || year > state.to) return null;
    if (state.scale === 'log' && value <= 0) {
      found.droppedForLog = true;
      return null;
    }
    const row = rowsByYear.get(year);
    if (!row) return null;
    row[key] = value;
    found.min = Math.min(found.min, value);
    found.max = Math.max(found.max, value);
    return value;
  };
  return { rowsByYear, found, plot };
}

/**
 * A city's line, styled by its place among the cities drawn (not among all cities): up to the
 * palette's size no two drawn cities share a colour, whichever are chosen.
 */
function emptyLine(cityId: string, name: string, place: number): CityLine {
  return {
    cityId,
    name,
    ...cityStyle(place),
    measuredKey: cityId,
    gapKey: `${cityId}__gap`,
    overlayKeys: {},
    overlayColors: {},
    data: { measured: [], gap: [], overlays: {} },
  };
}

/** The drawn points at the ends of unreported stretches, broken between stretches: the dashed line across the gaps. */
function gapPoints(drawn: { year: number; value: number }[]): SeriesPoint[] {
  const gapEnds = new Set<number>();
  drawn.forEach((p, i) => {
    const next = drawn[i + 1];
    if (next && next.year - p.year > 1) {
      gapEnds.add(p.year);
      gapEnds.add(next.year);
    }
  });
  return withBreaks(
    drawn.filter((p) => gapEnds.has(p.year)),
    (a, b) => {
      const ia = drawn.findIndex((p) => p.year === a);
      return drawn[ia + 1]?.year === b && b - a > 1;
    },
  );
}

/**
 * Plots a city's reported values (and, under the gap key, the ends of each unreported
 * stretch), fills the line's solid and dashed points, and returns the table row of the values.
 */
function plotMeasured(series: EmissionSeries, line: CityLine, state: CompareState, plot: Plot): TableRow {
  const drawn: { year: number; value: number }[] = [];
  const measured: TableRow = { cityId: line.cityId, name: series.cityName, kind: 'measured', values: new Map() };
  const points = series.points.filter((p) => measuredValue(p, state) !== null);
  points.forEach((point, i) => {
    const value = plot(line.measuredKey, point.year, measuredValue(point, state));
    if (value === null) return;
    measured.values.set(point.year, value);
    drawn.push({ year: point.year, value });
    const previous = points[i - 1];
    const next = points[i + 1];
    const endsGap = previous !== undefined && point.year - previous.year > 1;
    const startsGap = next !== undefined && next.year - point.year > 1;
    if (endsGap || startsGap) plot(line.gapKey, point.year, value);
  });
  // Solid only between consecutive years; dashed only across the unreported stretches.
  line.data.measured = withBreaks(drawn, (a, b) => b - a === 1);
  line.data.gap = gapPoints(drawn);
  return measured;
}

/**
 * Plots the city's overlays that are on and drawn for the measure, adding each to the line and
 * a row of it to `table`; a city without a target path goes in `noTarget`.
 */
function plotOverlays(
  series: EmissionSeries,
  line: CityLine,
  state: CompareState,
  plot: Plot,
  found: { table: TableRow[]; noTarget: string[] },
): void {
  const { cityId } = line;
  for (const overlay of state.overlays) {
    if (state.measure === 'per-capita') continue;
    const path = series.paths[overlay];
    if (path === null) {
      if (overlay === 'target') found.noTarget.push(cityId);
      continue;
    }
    const key = `${cityId}__${overlay}`;
    const row: TableRow = { cityId, name: series.cityName, kind: overlay, values: new Map() };
    for (const point of path) {
      const value = plot(key, point.year, pathValue(point, state));
      if (value !== null) row.values.set(point.year, value);
    }
    if (row.values.size > 0) {
      line.overlayKeys[overlay] = key;
      line.data.overlays[overlay] = [...row.values].map(([year, value]) => ({ year, value }));
      found.table.push(row);
    }
  }
}

/** Why what was asked for is not all drawn, in a fixed order. */
function omissionsOf(state: CompareState, noTarget: string[], noBase: string[], droppedForLog: boolean): Omission[] {
  const omissions: Omission[] = [];
  if (state.measure === 'per-capita' && state.overlays.length > 0)
    omissions.push({ kind: 'overlays-need-total-or-index' });
  if (noTarget.length > 0) omissions.push({ kind: 'no-target', cityIds: noTarget });
  if (noBase.length > 0) omissions.push({ kind: 'no-index-base', cityIds: noBase });
  if (droppedForLog) omissions.push({ kind: 'log-drops-zero' });
  return omissions;
}

/**
 * @param response the emissions answer (any superset of the selected cities and years)
 * @param state the compare state from the URL
 * @param allCityIds every city id in the stable display order: the lines, their colours and the legend follow it
 */
export function buildCompareChart(
  response: EmissionsResponse,
  state: CompareState,
  allCityIds: readonly string[],
): CompareChart {
  const { rowsByYear, found, plot } = createPlotter(state);
  const lines: CityLine[] = [];
  const table: TableRow[] = [];
  const noTarget: string[] = [];
  const noBase: string[] = [];
  const seriesById = new Map(response.series.map((s) => [s.cityId, s]));

  // Lines follow the stable display order, whatever order the URL lists them in.
  const selected = [...state.cities].sort((a, b) => allCityIds.indexOf(a) - allCityIds.indexOf(b));
  for (const cityId of selected) {
    const series = seriesById.get(cityId);
    if (!series) continue;
    const line = emptyLine(cityId, series.cityName, lines.length);
    const noIndex = series.points.length > 0 && series.points.every((p) => measuredValue(p, state) === null);
    if (state.measure === 'indexed' && noIndex) noBase.push(cityId);
    table.push(plotMeasured(series, line, state, plot));
    plotOverlays(series, line, state, plot, { table, noTarget });
    lines.push(line);
  }

  // One city: its trend and paths are told apart by colour as well as by dash.
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only)
    for (const overlay of Object.keys(only.overlayKeys) as Overlay[])
      only.overlayColors[overlay] = KIND_COLORS[overlay];

  const years = [...new Set(table.flatMap((row) => [...row.values.keys()]))].sort((a, b) => a - b);
  return {
    rows: [...rowsByYear.values()],
    lines,
    years,
    table,
    extent: found.min <= found.max ? [found.min, found.max] : null,
    omissions: omissionsOf(state, noTarget, noBase, found.droppedForLog),
  };
}
