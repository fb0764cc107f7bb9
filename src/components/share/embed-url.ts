/** Addresses of the embeds and the iframe snippet that shows one on another site. Pure. */
import type { Lang } from '../../lib/format.ts';

export type EmbedPath = '/embed/compare' | '/embed/map';

/** Suggested frame heights in CSS pixels: the map is tall (Sweden is). */
export const EMBED_HEIGHTS: Record<EmbedPath, number> = { '/embed/compare': 560, '/embed/map': 640 };

/** The view's own parameters plus the language, as an absolute address; commas stay readable. */
export function embedUrl(origin: string, path: EmbedPath, params: URLSearchParams, lang: Lang): string {
  const query = new URLSearchParams(params);
  query.set('lang', lang);
  return `${origin}${path}?${query.toString().replace(/%2C/gi, ',')}`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The HTML to paste: full width, a fixed height, a title for screen readers, loaded when scrolled near. */
export function iframeSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
