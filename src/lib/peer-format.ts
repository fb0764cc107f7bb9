/** Signed figures for changes, with a true minus sign, so the sign is read, not only seen in colour. */
import { formatChange, formatTonnesChange, numberFormat, type Lang } from './format.ts';
import type { SectorChange } from '../../contract/peers.ts';

/** −0,64 (sv), −0.64 (en), +0.12; t per person with two decimals. */
export function formatPerCapitaChange(value: number, lang: Lang): string {
  return numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' })
    .format(value)
    .replace('-', '\u2212');
}

export type ChangeUnit = 'percent' | 'tonnes' | 'perCapita';
export const CHANGE_UNITS: readonly ChangeUnit[] = ['percent', 'tonnes', 'perCapita'];

/** The value of a change in a unit; null when it has none (no percent of a 0 t base, no population). */
export function changeValue(change: SectorChange | null | undefined, unit: ChangeUnit): number | null {
  if (!change) return null;
  if (unit === 'percent') return change.changePercent;
  if (unit === 'tonnes') return change.changeTonnes;
  return change.changeTonnesPerCapita;
}

export function formatChangeValue(value: number, unit: ChangeUnit, lang: Lang): string {
  if (unit === 'percent') return formatChange(value, lang);
  if (unit === 'tonnes') return formatTonnesChange(value, lang);
  return formatPerCapitaChange(value, lang);
}
