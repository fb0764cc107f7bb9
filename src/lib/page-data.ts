/**
 * The server's query cache travels in the page as a JSON data block,
 * `<script type="application/json" id="ks-data">`: a data block is never executed, so the
 * Content-Security-Policy (script-src 'self', no inline script) holds. `<` is escaped so the
 * JSON can never close the element.
 */
import type { DehydratedState } from '@tanstack/react-query';
import type { Strings } from './i18n.tsx';

export const PAGE_DATA_ID = 'ks-data';

/**
 * The address a page is rendered for and compared with on load: path (without a trailing slash,
 * as a static file server may add one) and query.
 */
export function pageAddress(pathname: string, search: string): string {
  return `${pathname.replace(/(.)\/$/, '$1')}${search}`;
}

export interface PageData {
  /** The address (path and query) the page was rendered for. */
  url: string;
  state: DehydratedState;
  /** The API addresses the page's data came from (the service worker keeps them for offline use). */
  api: string[];
  /** The strings the page used, by language and namespace, so hydrating it loads none (src/app/i18n.ts pageStrings). */
  strings: Strings;
}

export function pageDataScript(data: PageData): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${PAGE_DATA_ID}">${json}</script>`;
}

/** The data of a server-rendered page, or undefined for a page rendered in the browser only. */
export function readPageData(doc: Document): PageData | undefined {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  return text ? (JSON.parse(text) as PageData) : undefined;
}
