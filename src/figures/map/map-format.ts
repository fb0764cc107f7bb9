/**
 * The words and numbers of a mark: one place, so its tooltip, its accessible name,
 * the legend and the table row say exactly the same thing.
 */
import type { CitiesResponse } from '../../../contract/cities.ts';
import { formatChange, formatDay, formatDecimal, formatTonnes, type Lang } from '../../lib/format.ts';
import type { Translate } from '../../lib/i18n.tsx';
import type { MapMark, MarkFigures } from './map-series.ts';
import { PER_CAPITA_BINS, type LegendMeaning, type MapMeasure } from './map-scales.ts';

export interface FigureTexts {
  tonnes: string;
  perCapita: string;
  change: string;
  contract: string;
  target: string;
  budget: string;
}

export function figureTexts(figures: MarkFigures, t: Translate<'figure-map'>, lang: Lang): FigureTexts {
  const missing = t('table.noData');
  return {
    tonnes: figures.tonnesCo2e === null ? missing : formatTonnes(figures.tonnesCo2e, lang),
    perCapita:
      figures.tonnesPerCapita === null
        ? missing
        : formatDecimal(figures.tonnesPerCapita, lang, PER_CAPITA_BINS.decimals),
    change: figures.changeSince2015Percent === null ? missing : formatChange(figures.changeSince2015Percent, lang),
    contract: t(`status.${figures.contractStatus}`),
    target: t(`standing.${figures.target}`),
    budget: t(`budget.${figures.budget}`),
  };
}

/** The rule behind a measure, as the legend and the exported map state it. */
export function measureRule(
  measure: MapMeasure,
  cities: Pick<CitiesResponse, 'asOf' | 'methods' | 'release'>,
  t: Translate<'figure-map'>,
  lang: Lang,
): string {
  switch (measure) {
    case 'contract':
      return t('map.rule.contract', { date: formatDay(cities.asOf, lang) });
    case 'target':
      return t('map.rule.target', { rule: cities.methods.onTrack[lang] });
    case 'budget':
      return t('map.rule.budget', { rule: cities.methods.budget[lang] });
    case 'change2015':
    case 'per-capita':
      return t(`map.rule.${measure}`, { year: cities.release.dataThroughYear });
  }
}

/** The active measure's value for one city, as the map, the table and the tooltip show it. */
export function measureValue(
  measure: MapMeasure,
  figures: MarkFigures,
  t: Translate<'figure-map'>,
  lang: Lang,
): string {
  const texts = figureTexts(figures, t, lang);
  switch (measure) {
    case 'contract':
      return texts.contract;
    case 'target':
      return texts.target;
    case 'budget':
      return texts.budget;
    case 'change2015':
      return texts.change;
    case 'per-capita':
      return texts.perCapita;
  }
}

/** The mark's accessible name: city, the active measure first, then every figure. */
export function markLabel(mark: MapMark, measure: MapMeasure, t: Translate<'figure-map'>, lang: Lang): string {
  const texts = figureTexts(mark.figures, t, lang);
  return t('map.markLabel', {
    name: mark.name,
    measure: `${t(`map.measure.${measure}`)}:`,
    value: measureValue(measure, mark.figures, t, lang),
    year: mark.figures.year ?? '–',
    ...texts,
  });
}

function edge(measure: MapMeasure, value: number, lang: Lang): string {
  return measure === 'change2015' ? formatChange(value, lang) : formatDecimal(value, lang, 1);
}

/** A legend entry in words: a category's name or a bin's range. */
export function legendLabel(
  meaning: LegendMeaning,
  measure: MapMeasure,
  t: Translate<'figure-map'>,
  lang: Lang,
): string {
  switch (meaning.kind) {
    case 'contract':
      return t(`status.${meaning.status}`);
    case 'target':
      return t(`standing.${meaning.standing}`);
    case 'budget':
      return t(`budget.${meaning.category}`);
    case 'no-data':
      return t('map.legend.noData');
    case 'bin': {
      const { from, to } = meaning;
      if (from === null) return t('map.bin.below', { to: edge(measure, to ?? 0, lang) });
      if (to === null) return t('map.bin.above', { from: edge(measure, from, lang) });
      return t('map.bin.between', { from: edge(measure, from, lang), to: edge(measure, to, lang) });
    }
  }
}
