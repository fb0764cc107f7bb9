/**
 * Which language an address is in, and the same place in the other language. Swedish pages
 * are at the root (/compare), English ones under /en (/en/compare); the router runs with
 * `basename` '/en' for English, so the app's own links never spell the prefix.
 * Shared by the server (what to render), the export (which files to write) and the SPA.
 */
import type { Lang } from './format.ts';

export const ENGLISH_PREFIX = '/en';

/** The router's basename for a language. */
export function basenameFor(lang: Lang): string {
  return lang === 'en' ? ENGLISH_PREFIX : '';
}

/** The language of a pathname: '/en' and '/en/…' are English, everything else Swedish. */
export function langOfPath(pathname: string): Lang {
  return pathname === ENGLISH_PREFIX || pathname.startsWith(`${ENGLISH_PREFIX}/`) ? 'en' : 'sv';
}

/** The pathname inside the app, without the language prefix ('/en/compare' → '/compare', '/en' → '/'). */
export function stripLang(pathname: string): string {
  if (langOfPath(pathname) === 'sv') return pathname;
  return pathname.slice(ENGLISH_PREFIX.length) || '/';
}

/** The full address of an in-app place (pathname, search, hash) in `lang`. */
export function pathIn(lang: Lang, inAppPath: string): string {
  if (lang === 'sv') return inAppPath;
  return inAppPath === '/' || inAppPath.startsWith('/?') || inAppPath.startsWith('/#')
    ? `${ENGLISH_PREFIX}${inAppPath.slice(1)}`
    : `${ENGLISH_PREFIX}${inAppPath}`;
}
