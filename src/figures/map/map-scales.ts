/**
 * How a measure becomes a mark's colour and shape, and the legend that explains it.
 * Colours stay apart for the common colour-vision deficiencies (Okabe & Ito, ColorBrewer
 * RdBu/PuOr ends, viridis); categorical measures also change the shape, and continuous
 * ones carry their value in the tooltip and the table, so colour is never the only signal.
 */
import type { CitySummary } from '../../../contract/cities.ts';
import type { ContractStatus } from '../../../contract/contracts.ts';

export const MAP_MEASURES = ['contract', 'change2015', 'per-capita', 'on-track'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
/** Change since 2015 first: every city has signed by now, so contract status alone paints one colour. */
export const DEFAULT_MEASURE: MapMeasure = 'change2015';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

/** The reference-path verdict, or `none` when the server has no assessment for the city. */
export type OnTrackCategory = 'on-track' | 'off-track' | 'none';

/** What a legend entry stands for: a category to name, or a bin's edges to format. */
export type LegendMeaning =
  | { kind: 'contract'; status: ContractStatus }
  | { kind: 'on-track'; category: OnTrackCategory }
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

const ON_TRACK: Category<OnTrackCategory>[] = [
  { key: 'on-track', colour: '#0072B2', shape: 'circle' },
  { key: 'off-track', colour: '#D55E00', shape: 'triangle' },
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

/** The on-track category the server gave the city's reference path. */
export function onTrackCategory(city: CitySummary): OnTrackCategory {
  return city.assessment.reference?.status ?? 'none';
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

/** What the measure shows for one city. Contract status and on-track are the server's, never recomputed. */
export function encode(city: CitySummary, measure: MapMeasure): Encoding {
  switch (measure) {
    case 'contract':
      return categorical(CONTRACT, city.contract.status);
    case 'on-track':
      return categorical(ON_TRACK, onTrackCategory(city));
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
  if (measure === 'contract') {
    return CONTRACT.map((c): LegendItem => ({
      ...c,
      meaning: { kind: 'contract', status: c.key },
      count: count(c.key),
    })).filter((item) => item.count > 0);
  }
  if (measure === 'on-track') {
    return ON_TRACK.map((c): LegendItem => ({
      ...c,
      meaning: { kind: 'on-track', category: c.key },
      count: count(c.key),
    })).filter((item) => item.count > 0);
  }
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
