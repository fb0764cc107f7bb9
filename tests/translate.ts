/**
 * The tests' strings: one instance with every namespace loaded in both languages, as the server
 * holds them (src/app/i18n.ts). Routes render with a copy of it in their language
 * (tests/render.tsx); `svT` gives a Swedish string with its {placeholders} filled, whichever
 * namespace owns the key.
 */
import { createLoadedI18n } from '../src/app/i18n.ts';
import type { CatalogRegistry, Translate, TranslationKey } from '../src/lib/i18n.tsx';

export const loadedI18n = await createLoadedI18n('sv');

type Namespace = keyof CatalogRegistry;
const inLang = { sv: loadedI18n.copy('sv'), en: loadedI18n.copy('en') };

/** Any namespace's string in one language, its {placeholders} filled. */
function translateIn(lng: 'sv' | 'en') {
  return (key: TranslationKey<Namespace[]>, values?: Record<string, string | number>): string =>
    inLang[lng].lingui._(key.includes(':') ? key.slice(key.indexOf(':') + 1) : key, values);
}

export const svT = translateIn('sv');
export const enT = translateIn('en');

/** A namespace's `t` in one language, as a figure's or feature's own code receives it. */
export function fixedT<const N extends Namespace>(_ns: N, lng: 'sv' | 'en' = 'sv'): Translate<N> {
  return translateIn(lng) as Translate<N>;
}
