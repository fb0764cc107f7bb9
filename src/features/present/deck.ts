/**
 * A presenter's deck lives in the URL, so a deck is prepared and shared as a link:
 *
 *   /present?slides=headline,map,compare:malmo+lund+uppsala:indexed,city:malmo&auto=20&lang=en&slide=2
 *
 * `slides` is a comma-separated list of slide specs, shown in that order:
 *   headline                       the programme at a glance (cities, how many signed, combined change)
 *   map[:MEASURE][:YYYY-MM-DD]     the cities on the map; MEASURE contract (default), change2015,
 *                                  per-capita, target or budget (on-track, its old name, reads as budget); the date shows the contracts as of that day
 *   compare[:CITIES][:MEASURE]     trajectories side by side; CITIES are ids joined by + (or `all`,
 *                                  the default); MEASURE total (default), per-capita, indexed
 *                                  (base 2015), indexed-1990, indexed-2015 or indexed-2020
 *   city:ID                        one city's headline figures and trajectory
 * `slide` is the 1-based slide shown (kept in the URL while moving), `auto` advances every
 * 5–600 seconds, `lang` is sv or en. A spec that cannot be used is reported, never thrown;
 * a usable spec with a bad option keeps the slide with the default option.
 */
import { INDEX_BASE_YEARS, type IndexBaseYear } from '../../../contract/measures.ts';
import { asOfSchema, slugSchema } from '../../../contract/common.ts';
import type { Lang } from '../../lib/format.ts';
import type { Measure } from '../../figures/trajectory/index.ts';
import { parseMapMeasure, type MapMeasure } from '../../figures/map/index.ts';

export const SLIDE_KINDS = ['headline', 'map', 'compare', 'city'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export type SlideSpec =
  | { kind: 'headline' }
  | {
      kind: 'map';
      measure: MapMeasure;
      /** The day the contract standings are shown for; null is today. */ asOf: string | null;
    }
  | {
      kind: 'compare';
      /** City ids in the order given; empty means every city. */ cities: string[];
      measure: Measure;
      base: IndexBaseYear;
    }
  | { kind: 'city'; city: string };

export const COMPARE_MEASURES = [
  'total',
  'per-capita',
  'indexed',
  'indexed-1990',
  'indexed-2015',
  'indexed-2020',
] as const;
export const MIN_AUTO_SECONDS = 5;
export const MAX_AUTO_SECONDS = 600;
export const MAX_SLIDES = 40;
export const DEFAULT_BASE: IndexBaseYear = 2015;

export type DeckProblemReason =
  | 'unknown-kind'
  | 'bad-option'
  | 'missing-city'
  | 'bad-city'
  | 'unknown-city'
  | 'too-many-slides'
  | 'no-slides'
  | 'bad-auto'
  | 'bad-lang'
  | 'bad-slide';

/** Something in the deck link that could not be used as written; `text` is the part concerned. */
export interface DeckProblem {
  reason: DeckProblemReason;
  text: string;
}

export interface Deck {
  slides: SlideSpec[];
  /** 0-based index of the slide shown, within the deck. */
  index: number;
  /** Seconds between slides when advancing by itself; null when off. */
  autoSeconds: number | null;
  /** Language asked for in the link; null keeps the reader's. */
  lang: Lang | null;
  problems: DeckProblem[];
}

/** Shown when the link has no usable slide: one of each kind. */
export const DEFAULT_SLIDES: SlideSpec[] = [
  { kind: 'headline' },
  { kind: 'map', measure: 'contract', asOf: null },
  { kind: 'compare', cities: ['stockholm', 'goteborg', 'malmo', 'uppsala'], measure: 'indexed', base: DEFAULT_BASE },
  { kind: 'city', city: 'malmo' },
];

const isSlug = (value: string) => slugSchema.safeParse(value).success;

export function parseCompareMeasure(raw: string): { measure: Measure; base: IndexBaseYear } | null {
  if (raw === 'total' || raw === 'per-capita') return { measure: raw, base: DEFAULT_BASE };
  if (raw === 'indexed') return { measure: 'indexed', base: DEFAULT_BASE };
  const base = INDEX_BASE_YEARS.find((year) => raw === `indexed-${year}`);
  return base ? { measure: 'indexed', base } : null;
}

/** One spec such as `compare:malmo+lund:indexed`; null with a problem when it cannot become a slide. */
export function parseSlide(spec: string, problems: DeckProblem[]): SlideSpec | null {
  const [rawKind = '', ...options] = spec.split(':').map((part) => part.trim());
  const kind = rawKind.toLowerCase();
  const extra = (from: number) => {
    if (options.length > from) problems.push({ reason: 'bad-option', text: spec });
  };
  switch (kind) {
    case 'headline':
      extra(0);
      return { kind: 'headline' };
    case 'map': {
      let measure: MapMeasure = 'contract';
      let asOf: string | null = null;
      for (const option of options) {
        const named = parseMapMeasure(option);
        if (named) measure = named;
        else if (asOfSchema.safeParse(option).success) asOf = option;
        else if (option !== '') problems.push({ reason: 'bad-option', text: `${spec} (${option})` });
      }
      return { kind: 'map', measure, asOf };
    }
    case 'compare': {
      const [rawCities = '', rawMeasure = '', ...rest] = options;
      const asked = rawCities === 'all' ? [] : rawCities.split(/[+\s]+/).filter(Boolean);
      const bad = asked.filter((id) => !isSlug(id));
      if (bad.length > 0) problems.push({ reason: 'bad-city', text: bad.join(', ') });
      const cities = [...new Set(asked.filter(isSlug))];
      const measure =
        rawMeasure === '' ? { measure: 'total' as const, base: DEFAULT_BASE } : parseCompareMeasure(rawMeasure);
      if (!measure) problems.push({ reason: 'bad-option', text: `${spec} (${rawMeasure})` });
      if (rest.length > 0) problems.push({ reason: 'bad-option', text: spec });
      return { kind: 'compare', cities, ...(measure ?? { measure: 'total', base: DEFAULT_BASE }) };
    }
    case 'city': {
      const [city = ''] = options;
      if (city === '') {
        problems.push({ reason: 'missing-city', text: spec });
        return null;
      }
      if (!isSlug(city)) {
        problems.push({ reason: 'bad-city', text: city });
        return null;
      }
      extra(1);
      return { kind: 'city', city };
    }
    default:
      problems.push({ reason: 'unknown-kind', text: spec });
      return null;
  }
}

/** Reads a deck from the URL; without usable slides it is the default deck, with the reason reported. */
export function parseDeck(params: URLSearchParams): Deck {
  const problems: DeckProblem[] = [];
  // `+` arrives as a space once the query is decoded; put it back, so reports quote the link as written.
  const specs = (params.get('slides') ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\s+/g, '+'))
    .filter(Boolean);
  let slides = specs.map((spec) => parseSlide(spec, problems)).filter((slide): slide is SlideSpec => slide !== null);
  if (slides.length > MAX_SLIDES) {
    problems.push({ reason: 'too-many-slides', text: String(slides.length) });
    slides = slides.slice(0, MAX_SLIDES);
  }
  if (slides.length === 0) {
    problems.push({ reason: 'no-slides', text: params.get('slides') ?? '' });
    slides = DEFAULT_SLIDES;
  }

  let autoSeconds: number | null = null;
  const rawAuto = params.get('auto');
  if (rawAuto !== null && rawAuto !== '' && rawAuto !== 'off') {
    const seconds = Number(rawAuto);
    if (/^\d+$/.test(rawAuto) && seconds >= MIN_AUTO_SECONDS && seconds <= MAX_AUTO_SECONDS) autoSeconds = seconds;
    else problems.push({ reason: 'bad-auto', text: rawAuto });
  }

  const rawLang = params.get('lang');
  const lang = rawLang === 'sv' || rawLang === 'en' ? rawLang : null;
  if (rawLang !== null && lang === null) problems.push({ reason: 'bad-lang', text: rawLang });

  let index = 0;
  const rawSlide = params.get('slide');
  if (rawSlide !== null) {
    // A number past the end (the deck got shorter) shows the last slide; only nonsense is reported.
    if (/^\d+$/.test(rawSlide) && Number(rawSlide) >= 1) index = Math.min(Number(rawSlide), slides.length) - 1;
    else problems.push({ reason: 'bad-slide', text: rawSlide });
  }
  return { slides, index, autoSeconds, lang, problems };
}

/** City ids the deck names that the API does not know; checked once the city list has loaded. */
export function unknownCities(slides: readonly SlideSpec[], knownIds: readonly string[]): DeckProblem[] {
  const known = new Set(knownIds);
  const named = slides.flatMap((slide) =>
    slide.kind === 'city' ? [slide.city] : slide.kind === 'compare' ? slide.cities : [],
  );
  return [...new Set(named.filter((id) => !known.has(id)))].map((id) => ({ reason: 'unknown-city', text: id }));
}

/** One slide as its spec, leaving out defaults: `compare:malmo+lund:indexed`. */
export function serializeSlide(slide: SlideSpec): string {
  switch (slide.kind) {
    case 'headline':
      return 'headline';
    case 'map':
      return ['map', slide.measure === 'contract' && slide.asOf === null ? null : slide.measure, slide.asOf]
        .filter(Boolean)
        .join(':');
    case 'compare': {
      const measure =
        slide.measure !== 'indexed' ? slide.measure : slide.base === DEFAULT_BASE ? 'indexed' : `indexed-${slide.base}`;
      const cities = slide.cities.length === 0 ? 'all' : slide.cities.join('+');
      return measure === 'total'
        ? cities === 'all'
          ? 'compare'
          : `compare:${cities}`
        : `compare:${cities}:${measure}`;
    }
    case 'city':
      return `city:${slide.city}`;
  }
}

/**
 * The query string of a deck, readable as written (`,` `:` `+` are left as they are; every
 * part is an id, a keyword or a date, so nothing else needs escaping).
 */
export function deckSearch(deck: {
  slides: readonly SlideSpec[];
  autoSeconds?: number | null;
  lang?: Lang | null;
  slide?: number;
}): string {
  const parts = [`slides=${deck.slides.map(serializeSlide).join(',')}`];
  if (deck.autoSeconds) parts.push(`auto=${deck.autoSeconds}`);
  if (deck.lang) parts.push(`lang=${deck.lang}`);
  if (deck.slide !== undefined) parts.push(`slide=${deck.slide}`);
  return `?${parts.join('&')}`;
}

/** The same query with `slide` set to a 1-based number; every other part is kept byte for byte. */
export function withSlide(search: string, slide: number): string {
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== 'slide');
  return `?${[...parts, `slide=${slide}`].join('&')}`;
}
