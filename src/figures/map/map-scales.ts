/**
 * How a measure becomes a mark's colour and shape, and the legend that explains it.
 * Colours stay apart for the common colour-vision deficiencies (Okabe & Ito, ColorBrewer
 * RdBu/PuOr ends, viridis); categorical measures also change the shape, and continuous
 * ones carry their value in the tooltip and the table, so colour is never the only signal.
 */
import type { CitySummary } from '../../../contract/cities.ts';
import type { ContractStatus } from '../../../contract/contracts.ts';
import type { TargetStanding } from '../../../contract/assessment.ts';

/**
 * `target`: each city against its own target (on or off track, a target without a figure, none);
 * `budget`: against the reference path, the same rule for every city (within or over the budget).
 */
export const MAP_MEASURES = ['contract', 'change2015', 'per-capita', 'target', 'budget'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** Older links say `on-track` for the reference-path measure, now `budget`. */
const RENAMED: Record<string, MapMeasure> = { 'on-track': 'budget' };

/** A measure named in a link, or null when it names none. */
export function parseMapMeasure(raw: string): MapMeasure | null {
  if ((MAP_MEASURES as readonly string[]).includes(raw)) return raw as MapMeasure;
  return RENAMED[raw] ?? null;
}
/** Change since 2015 first: every city has signed by now, so contract status alone paints one colour. */
export const DEFAULT_MEASURE: MapMeasure = 'change2015';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

/** The reference-path verdict, or `none` when the server has no assessment for the city. */
export type BudgetCategory = 'within' | 'over' | 'none';

/** What a legend entry stands for: a category to name, or a bin's edges to format. */
export type LegendMeaning =
  | { kind: 'contract'; status: ContractStatus }
  | { kind: 'target'; standing: TargetStanding }
  | { kind: 'budget'; category: BudgetCategory }
  | { kind: 'bin'; from: number | null; to: number | null }
  | { kind: 'no-data' };

/** One legend entry: what a colour and shape mean, and how many marks have it. */
export interface LegendItem {
  /** Stable id: a category (`signed`, `off-track`), a bin (`bin-2`) or `no-data`. */
  key: string;
  colour: string;
  shape: Shape;
  meaning: LegendMeaning;
  count: number;
}

/** The colour, shape and legend key a measure gives one city. */
export interface Encoding {
  colour: string;
  shape: Shape;
  key: string;
  /** The measure's raw value: a number for binned measures, a category otherwise; null when missing. */
  value: number | string | null;
}

interface Category<K extends string> {
  key: K;
  colour: string;
  shape: Shape;
}

const CONTRACT: Category<ContractStatus>[] = [
  { key: 'signed', colour: '#009E73', shape: 'circle' },
  { key: 'letter-of-intent', colour: '#E69F00', shape: 'square' },
  { key: 'joined', colour: '#56B4E9', shape: 'triangle' },
  { key: 'not-joined', colour: '#8C8C8C', shape: 'diamond' },
];

/** Against the city's own target: the verdicts in blue and orange, the cities without one in greys. */
const TARGET: Category<TargetStanding>[] = [
  { key: 'on-track', colour: '#0072B2', shape: 'circle' },
  { key: 'off-track', colour: '#D55E00', shape: 'triangle' },
  { key: 'not-assessed', colour: '#CC79A7', shape: 'diamond' },
  { key: 'no-figure', colour: '#5F5F5F', shape: 'diamond' },
  { key: 'no-target', colour: '#B0B0B0', shape: 'square' },
];

const BUDGET: Category<BudgetCategory>[] = [
  { key: 'within', colour: '#0072B2', shape: 'circle' },
  { key: 'over', colour: '#D55E00', shape: 'triangle' },
  { key: 'none', colour: '#8C8C8C', shape: 'square' },
];

interface Bins {
  /** Ascending edges; n edges make n + 1 bins, each from an edge (inclusive) to the next. */
  breaks: number[];
  colours: string[];
  /** Decimals the value is shown with; it is binned as shown, so a value and its bin never disagree. */
  decimals: number;
}

/** Blue for cuts, orange for increases, lightest next to 0. */
export const CHANGE_BINS: Bins = {
  breaks: [-30, -20, -10, 0, 10],
  colours: ['#2166AC', '#4393C3', '#92C5DE', '#D1E5F0', '#FDB863', '#E66101'],
  decimals: 1,
};
/** Viridis, light for few tonnes per person, dark for many. */
export const PER_CAPITA_BINS: Bins = {
  breaks: [1.5, 2.5, 3.5, 5, 7],
  colours: ['#FDE725', '#7AD151', '#22A884', '#2A788E', '#414487', '#440154'],
  decimals: 2,
};
const NO_DATA = { key: 'no-data', colour: '#FFFFFF', shape: 'circle' as Shape };

/** Within or over the budget, from the verdict the server gave the city's reference path. */
export function budgetCategory(city: CitySummary): BudgetCategory {
  const status = city.assessment.reference?.status;
  return status === 'on-track' ? 'within' : status === 'off-track' ? 'over' : 'none';
}

function binIndex(bins: Bins, value: number): number {
  const shown = Math.round(value * 10 ** bins.decimals) / 10 ** bins.decimals;
  const index = bins.breaks.findIndex((edge) => shown < edge);
  return index < 0 ? bins.breaks.length : index;
}

function binned(bins: Bins, value: number | null): Encoding {
  if (value === null) return { ...NO_DATA, value };
  const i = binIndex(bins, value);
  return { key: `bin-${i}`, colour: bins.colours[i] ?? '#000000', shape: 'circle', value };
}

function categorical<K extends string>(categories: Category<K>[], key: K): Encoding {
  const category = categories.find((c) => c.key === key) ?? categories[categories.length - 1];
  return { key, colour: category?.colour ?? '#000000', shape: category?.shape ?? 'circle', value: key };
}

/** What the measure shows for one city. Contract status and both verdicts are the server's, never recomputed. */
export function encode(city: CitySummary, measure: MapMeasure): Encoding {
  switch (measure) {
    case 'contract':
      return categorical(CONTRACT, city.contract.status);
    case 'target':
      return categorical(TARGET, city.assessment.targetStanding);
    case 'budget':
      return categorical(BUDGET, budgetCategory(city));
    case 'change2015':
      return binned(CHANGE_BINS, city.changeSince2015Percent);
    case 'per-capita':
      return binned(PER_CAPITA_BINS, city.latest?.tonnesPerCapita ?? null);
  }
}

/**
 * The legend for a measure over the given encodings: every bin of a binned scale (so the
 * whole scale shows), but only the categories that occur; `no-data` only when some city lacks a value.
 */
export function legendFor(measure: MapMeasure, encodings: readonly Encoding[]): LegendItem[] {
  const count = (key: string) => encodings.filter((e) => e.key === key).length;
  const noData: LegendItem[] =
    count(NO_DATA.key) > 0 ? [{ ...NO_DATA, meaning: { kind: 'no-data' }, count: count(NO_DATA.key) }] : [];
  // A categorical measure lists only the categories that occur, each saying what it stands for.
  const occurring = <K extends string>(categories: Category<K>[], meaning: (key: K) => LegendMeaning) =>
    categories
      .map((c): LegendItem => ({ ...c, meaning: meaning(c.key), count: count(c.key) }))
      .filter((item) => item.count > 0);
  if (measure === 'contract') return occurring(CONTRACT, (status) => ({ kind: 'contract', status }));
  if (measure === 'target') return occurring(TARGET, (standing) => ({ kind: 'target', standing }));
  if (measure === 'budget') return occurring(BUDGET, (category) => ({ kind: 'budget', category }));
  const bins = measure === 'change2015' ? CHANGE_BINS : PER_CAPITA_BINS;
  const items = bins.colours.map((colour, i): LegendItem => ({
    key: `bin-${i}`,
    colour,
    shape: 'circle',
    meaning: { kind: 'bin', from: bins.breaks[i - 1] ?? null, to: bins.breaks[i] ?? null },
    count: count(`bin-${i}`),
  }));
  return [...items, ...noData];
}

/** An SVG path of the shape centred on 0,0 with the area of a circle of radius r, so sizes compare across shapes. */
export function shapePath(shape: Shape, r: number): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'circle':
      return `M${round(-r)},0A${round(r)},${round(r)},0,1,0,${round(r)},0A${round(r)},${round(r)},0,1,0,${round(-r)},0Z`;
    case 'square': {
      const h = round((r * Math.sqrt(Math.PI)) / 2);
      return `M${-h},${-h}H${h}V${h}H${-h}Z`;
    }
    case 'diamond': {
      const d = round(r * Math.sqrt(Math.PI / 2));
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'triangle': {
      const side = r * Math.sqrt((4 * Math.PI) / Math.sqrt(3));
      const height = (side * Math.sqrt(3)) / 2;
      // Centred on the centroid, a third of the height above the base.
      return `M0,${round((-2 * height) / 3)}L${round(side / 2)},${round(height / 3)}L${round(-side / 2)},${round(height / 3)}Z`;
    }
  }
}
