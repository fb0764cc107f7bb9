/**
 * Names of exported files: what they hold, readable and safe on every system.
 * `klimatneutrala-stader_<view>_<what…>_<years>_<export day>.<ext>`: ASCII, lower case,
 * words joined by `-`, parts by `_`, e.g.
 * `klimatneutrala-stader_jamfor_per-capita_malmo-lund_1990-2030_2026-11-28.png`.
 */
import type { Lang } from '../../lib/format.ts';

export const FILE_PREFIX = 'klimatneutrala-stader';
export type ExportExtension = 'png' | 'svg' | 'csv';

/** `Malmö län`, `changeSince2015Percent` → `malmo-lan`, `change-since-2015-percent`. */
export function slug(text: string): string {
  return text
    .replace(/([a-z])([A-Z0-9])/g, '$1-$2')
    .replace(/([0-9])([A-Z])/g, '$1-$2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The local calendar day, `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The cities part: their ids for a few, `23-stader` / `23-cities` for many or all. */
export function citiesPart(ids: readonly string[], lang: Lang, maxNamed = 4): string {
  if (ids.length > 0 && ids.length <= maxNamed) return ids.map(slug).join('-');
  return `${ids.length}-${lang === 'sv' ? 'stader' : 'cities'}`;
}

/** The file name: prefix, each part as a slug (empty parts dropped), the export day and the extension. */
export function exportFileName(parts: readonly (string | number)[], ext: ExportExtension, date: Date): string {
  const words = [FILE_PREFIX, ...parts.map((part) => slug(String(part))), isoDay(date)].filter(Boolean);
  return `${words.join('_')}.${ext}`;
}
