import { formatDecimal, formatTonnes, type Lang } from '../../lib/format.ts';
import { formatTonnesTick, type TonnesMagnitude } from '../../lib/tonnes-axis.ts';
import type { Measure } from './compare-state.ts';

/**
 * How a value of each measure is written in the tooltip, the table and on the axis; an axis of
 * totals is in the magnitude its title names (see tonnesMagnitude).
 */
export function measureFormatters(
  measure: Measure,
  lang: Lang,
  magnitude: TonnesMagnitude = 'tonnes',
): { value: (v: number) => string; tick: (v: number) => string } {
  switch (measure) {
    case 'total':
      return { value: (v) => formatTonnes(v, lang), tick: (v) => formatTonnesTick(v, magnitude, lang) };
    case 'per-capita':
      return { value: (v) => formatDecimal(v, lang, 2), tick: (v) => formatDecimal(v, lang, 1) };
    case 'indexed':
      return { value: (v) => formatDecimal(v, lang, 1), tick: (v) => formatDecimal(v, lang, 0) };
  }
}

/** The unreported stretches between reported years, e.g. "2001–2004, 2006–2009". */
export function unreportedStretches(years: readonly number[]): string {
  const stretches: string[] = [];
  years.forEach((year, i) => {
    const next = years[i + 1];
    if (next === undefined || next - year <= 1) return;
    stretches.push(next - year === 2 ? String(year + 1) : `${year + 1}–${next - 1}`);
  });
  return stretches.join(', ');
}
