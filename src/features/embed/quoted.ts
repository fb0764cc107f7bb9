import type { Lang } from '../../lib/format.ts';

/** Names as quoted in running text: ”x”, ”y” in Swedish, “x”, “y” in English. */
export function quoted(lang: Lang, names: readonly string[]): string {
  return names.map((name) => (lang === 'sv' ? `”${name}”` : `“${name}”`)).join(', ');
}
