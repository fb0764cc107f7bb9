/**
 * Number and date formatting through Intl, in the reader's language. Every Intl object is made
 * once per language and options and kept: the first one of a page costs a phone a long task
 * (ICU loads its locale data), and each further construction costs again. `warmUpFormatting`
 * pays that first cost in small tasks of its own before the page hydrates.
 */
export type Lang = 'sv' | 'en';

export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<string, Intl.Collator>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A kept Intl.NumberFormat for the language and options. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A kept Intl.PluralRules for the language (cardinal or ordinal). */
export function pluralRulesFor(lang: Lang, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${lang}|${type}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang], { type });
    pluralRules.set(key, rules);
  }
  return rules;
}

function swedishCollator(): Intl.Collator {
  let collator = collators.get('sv');
  if (!collator) {
    collator = new Intl.Collator('sv');
    collators.set('sv', collator);
  }
  return collator;
}

/** The next task, so what follows does not run in the same one. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * ICU's first use on a page is its costliest step (tens of milliseconds on a laptop, several
 * times that on a phone): locale data, then number and date symbols. Each step here runs in a
 * task of its own, so hydrating the page (which formats every figure again) does not pay them
 * in one long task.
 */
export async function warmUpFormatting(lang: Lang): Promise<void> {
  const steps = [
    () => new Intl.Locale(LOCALES[lang]).maximize(),
    () => formatTonnes(0, lang),
    () => formatChange(0, lang),
    () => formatDay('2020-01-01', lang),
    () => compareNames('a', 'b'),
  ];
  for (const step of steps) {
    step();
    await nextTask();
  }
}

/** Whole tonnes: 812 995 (sv), 812,995 (en). */
export function formatTonnes(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** Megatonnes with one decimal, for headlines. */
export function formatMegatonnes(tonnes: number, lang: Lang): string {
  return numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(tonnes / 1e6);
}

/** Tonnes per person with one decimal. */
export function formatPerCapita(value: number, lang: Lang): string {
  return numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A signed percentage with a true minus sign: −37,3 % (sv), −37.3% (en). */
export function formatChange(percent: number, lang: Lang): string {
  const text = numberFormat(lang, {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(percent / 100);
  // English Intl uses a hyphen-minus; set both languages with the typographic minus.
  return text.replace('-', '\u2212');
}

export function formatInteger(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** `2020-12-11` → 11 dec. 2020 (sv), 11 Dec 2020 (en). Parsed as a calendar day, not a moment. */
export function formatDay(isoDay: string, lang: Lang): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  if (!y || !m || !d) return isoDay;
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * A day known only as precisely as `precision` says: `2019-01-01` by year is "2019"; `2021-10-01`
 * by month is "okt. 2021" (sv), "Oct 2021" (en); by day it is formatDay's.
 */
export function formatPartialDay(isoDay: string, precision: 'day' | 'month' | 'year', lang: Lang): string {
  if (precision === 'day') return formatDay(isoDay, lang);
  const [y, m] = isoDay.split('-').map(Number);
  if (!y || !m) return isoDay;
  if (precision === 'year') return String(y);
  return dateFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Swedish-aware alphabetical comparison (å, ä, ö after z). */
export function compareNames(a: string, b: string): number {
  return swedishCollator().compare(a, b);
}

/**
 * A round amount with its magnitude in words: 100 tusen, 2 miljoner (sv); 100 thousand, 2 million
 * (en). For keys beside a unit of tonnes, where "100 tn" would read as 100 tonnes.
 */
export function formatAmountInWords(value: number, lang: Lang): string {
  return numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
}

/** A number with a fixed count of decimals. */
export function formatDecimal(value: number, lang: Lang, decimals: number): string {
  return numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A moment in the reader's time zone: 28 nov. 2026 21:05 (sv), 28 Nov 2026, 21:05 (en). */
export function formatDateTime(iso: string, lang: Lang): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** A file size in kB or MB (powers of 1024, as file managers show them), one decimal for MB. */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024 * 1024)
    return numberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
      Math.max(1, bytes / 1024),
    );
  return numberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    bytes / (1024 * 1024),
  );
}

/** A share 0–1 as a whole percentage: 45 % (sv), 45% (en). */
export function formatPercent(fraction: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** A signed difference in whole tonnes with a true minus sign: +100 000, −2 345. */
export function formatTonnesChange(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })
    .format(value)
    .replace('-', '\u2212');
}
