/**
 * The compare view's whole state, read from and written to the URL so a link
 * reproduces the view. Bad values fall back to defaults and are reported, never thrown.
 */
import { INDEX_BASE_YEARS, type IndexBaseYear } from '../../../contract/measures.ts';

export const MEASURES = ['total', 'per-capita', 'indexed'] as const;
export type Measure = (typeof MEASURES)[number];
export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];
export const OVERLAYS = ['target', 'reference', 'trend'] as const;
export type Overlay = (typeof OVERLAYS)[number];
export const LAYOUTS = ['lines', 'multiples'] as const;
export type Layout = (typeof LAYOUTS)[number];
export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2050;

export interface CompareState {
  /** Selected city ids, in the order given; `cities=` in the URL is an empty selection. */
  cities: string[];
  measure: Measure;
  /** Base year of the index (value in that year = 100), used when measure is `indexed`. */
  base: IndexBaseYear;
  from: number;
  to: number;
  scale: Scale;
  overlays: Overlay[];
  layout: Layout;
  view: View;
}

/** Something in the URL that could not be used, and what is shown instead. */
export interface StateProblem {
  parameter: string;
  value: string;
  /** What the view fell back to. */
  fallback: string;
}

export const DEFAULTS: Omit<CompareState, 'cities'> = {
  measure: 'total',
  base: 2015,
  from: FIRST_YEAR,
  to: 2030,
  scale: 'linear',
  overlays: [],
  layout: 'lines',
  view: 'chart',
};

function oneOf<T extends string>(
  values: readonly T[],
  raw: string | null,
  fallback: T,
  parameter: string,
  problems: StateProblem[],
): T {
  if (raw === null) return fallback;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  problems.push({ parameter, value: raw, fallback });
  return fallback;
}

function year(raw: string | null, fallback: number, parameter: string, problems: StateProblem[]): number {
  if (raw === null) return fallback;
  const value = Number(raw);
  if (/^\d{4}$/.test(raw) && value >= FIRST_YEAR && value <= LAST_YEAR) return value;
  problems.push({ parameter, value: raw, fallback: String(fallback) });
  return fallback;
}

/**
 * Reads the state from URL parameters; `knownCities` are all valid ids in display order, and
 * `defaultCities` (the programme's members) the selection when the URL names none.
 */
export function parseCompareState(
  params: URLSearchParams,
  knownCities: readonly string[],
  defaultCities: readonly string[] = knownCities,
): { state: CompareState; problems: StateProblem[] } {
  const problems: StateProblem[] = [];
  const known = new Set(knownCities);
  let cities = [...defaultCities];
  const rawCities = params.get('cities');
  // `cities=` (empty) is a deliberate empty selection, not a mistake.
  if (rawCities === '') cities = [];
  else if (rawCities !== null) {
    const asked = rawCities
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const valid = [...new Set(asked.filter((id) => known.has(id)))];
    const unknown = asked.filter((id) => !known.has(id));
    if (valid.length > 0) cities = valid;
    if (unknown.length > 0 || valid.length === 0) {
      problems.push({
        parameter: 'cities',
        value: unknown.join(',') || rawCities,
        fallback: valid.length > 0 ? valid.join(',') : 'programme',
      });
    }
  }
  const measure = oneOf(MEASURES, params.get('measure'), DEFAULTS.measure, 'measure', problems);
  const baseRaw = params.get('base');
  const base = oneOf(INDEX_BASE_YEARS.map(String), baseRaw, String(DEFAULTS.base), 'base', problems);
  let from = year(params.get('from'), DEFAULTS.from, 'from', problems);
  let to = year(params.get('to'), DEFAULTS.to, 'to', problems);
  if (from >= to) {
    problems.push({ parameter: 'from', value: `${from}–${to}`, fallback: `${DEFAULTS.from}–${DEFAULTS.to}` });
    from = DEFAULTS.from;
    to = DEFAULTS.to;
  }
  const scale = oneOf(SCALES, params.get('scale'), DEFAULTS.scale, 'scale', problems);
  const overlays: Overlay[] = [];
  const rawOverlays = params.get('overlays');
  if (rawOverlays !== null && rawOverlays !== '') {
    for (const item of rawOverlays.split(',')) {
      if ((OVERLAYS as readonly string[]).includes(item)) {
        if (!overlays.includes(item as Overlay)) overlays.push(item as Overlay);
      } else {
        problems.push({ parameter: 'overlays', value: item, fallback: overlays.join(',') || '–' });
      }
    }
  }
  const layout = oneOf(LAYOUTS, params.get('layout'), DEFAULTS.layout, 'layout', problems);
  const view = oneOf(VIEWS, params.get('view'), DEFAULTS.view, 'view', problems);
  return {
    state: { cities, measure, base: Number(base) as IndexBaseYear, from, to, scale, overlays, layout, view },
    problems,
  };
}

/** Writes the state as URL parameters, leaving out what equals the default (the default cities, all included). */
export function serializeCompareState(state: CompareState, defaultCities: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  const all = state.cities.length === defaultCities.length && defaultCities.every((id) => state.cities.includes(id));
  if (!all) params.set('cities', state.cities.join(','));
  if (state.measure !== DEFAULTS.measure) params.set('measure', state.measure);
  if (state.measure === 'indexed' || state.base !== DEFAULTS.base) params.set('base', String(state.base));
  if (state.from !== DEFAULTS.from) params.set('from', String(state.from));
  if (state.to !== DEFAULTS.to) params.set('to', String(state.to));
  if (state.scale !== DEFAULTS.scale) params.set('scale', state.scale);
  if (state.overlays.length > 0) params.set('overlays', state.overlays.join(','));
  if (state.layout !== DEFAULTS.layout) params.set('layout', state.layout);
  if (state.view !== DEFAULTS.view) params.set('view', state.view);
  return params;
}
