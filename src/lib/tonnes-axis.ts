/**
 * An axis of tonnes reads in one magnitude, named in its title: "Totalt, miljoner ton CO₂e" over
 * ticks 0, 0,5, 1, 1,5, not "500 tn / 1 mn" beside a unit of tonnes, which reads as 500 tonnes.
 */
import { numberFormat, type Lang } from './format.ts';

export type TonnesMagnitude = 'tonnes' | 'thousand' | 'million';

const DIVISORS: Record<TonnesMagnitude, number> = { tonnes: 1, thousand: 1e3, million: 1e6 };

/**
 * The magnitude an axis over this domain is labelled in: its top on a linear scale, its bottom on
 * a log scale (whose small ticks would otherwise read 0,02), in millions from a million and in
 * thousands from ten thousand.
 */
export function tonnesMagnitude([low, high]: readonly [number, number], scale: 'linear' | 'log'): TonnesMagnitude {
  const reference = scale === 'log' ? low : high;
  return reference >= 1e6 ? 'million' : reference >= 1e4 ? 'thousand' : 'tonnes';
}

/** A tick in the axis's magnitude: 1 500 000 as "1,5" in millions, "1 500" in thousands. */
export function formatTonnesTick(value: number, magnitude: TonnesMagnitude, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value / DIVISORS[magnitude]);
}
