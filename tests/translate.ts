/**
 * The tests' strings: one i18next instance with every namespace loaded in both languages, as
 * the server holds them (src/app/i18n.ts). Routes render with a clone of it in their language
 * (tests/render.tsx); `svT` gives a Swedish string with its {placeholders} filled, whichever
 * namespace owns the key.
 */
import type { Resources } from 'i18next';
import { ALL_NAMESPACES, createLoadedI18n } from '../src/app/i18n.ts';

export const loadedI18n = await createLoadedI18n('sv');

type AnyKey = { [N in keyof Resources]: keyof Resources[N] & string }[keyof Resources];

const translate = loadedI18n.t as unknown as (key: string, options: object) => string;

/** Any namespace's string in one language, its {placeholders} filled. */
function translateIn(lng: 'sv' | 'en') {
  return (key: AnyKey, values?: Record<string, string | number>): string =>
    translate(key, { ...values, lng, ns: ALL_NAMESPACES });
}

export const svT = translateIn('sv');
export const enT = translateIn('en');

/** A namespace's `t` in one language, as a figure's or feature's own code receives it. */
export function fixedT<const N extends keyof Resources>(ns: N, lng: 'sv' | 'en' = 'sv') {
  return loadedI18n.getFixedT(lng, ns);
}
