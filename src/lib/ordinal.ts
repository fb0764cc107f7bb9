/** Ordinal ranks in the reader's language: 3:e av 23 (sv), 3rd of 23 (en). */
import { pluralRulesFor, type Lang } from './format.ts';

const SUFFIXES: Record<Lang, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }> = {
  // Swedish: 1:a, 2:a, 3:e … 11:e, 12:e … 21:a, 22:a.
  sv: { one: ':a', other: ':e' },
  en: { one: 'st', two: 'nd', few: 'rd', other: 'th' },
};

/** `3` → `3:e` (sv), `3rd` (en). */
export function formatOrdinal(rank: number, lang: Lang): string {
  const suffixes = SUFFIXES[lang];
  return `${rank}${suffixes[pluralRulesFor(lang, 'ordinal').select(rank)] ?? suffixes.other}`;
}
