/**
 * Pages with their figures in the first HTML: the built SPA's own index.html (Vite's SSR
 * template) with the app rendered by dist/server/entry-server.js in #root, the query cache
 * after it as a JSON data block, and modulepreload and stylesheet links for the page's own
 * chunk from Vite's manifest (so a lazy page is styled without JavaScript and hydrates
 * without waiting on a chain of imports).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One rendered page, as src/entry-server.tsx returns it (the server reads the built bundle, never the SPA's source). */
export interface RenderedPage {
  status: number;
  lang: 'sv' | 'en';
  /** The app's HTML, for inside #root. */
  html: string;
  /** The dehydrated query cache as a JSON data block, for after #root. */
  data: string;
  /** The page module's source path (Vite manifest key), when the page loads with its route. */
  module: string | undefined;
}

/** What dist/server/entry-server.js exports (src/entry-server.tsx). */
export interface ServerEntry {
  renderPage: (url: URL, options?: { onError?: (error: unknown) => void }) => Promise<RenderedPage>;
  setApiTransport: (transport: (url: string, init: RequestInit) => Promise<Response>) => void;
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export const SERVER_ENTRY = join('server', 'entry-server.js');
export const MANIFEST = join('.vite', 'manifest.json');

/** The page module's chunk, the chunks it imports statically, and all their CSS. */
export function chunkLinks(manifest: Manifest, module: string | undefined): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (module) visit(module);
  return { scripts: [...scripts], styles: [...styles] };
}

/** The app's entry (src/boot.ts imports it once the page has painted): its style sheets belong in every page's <head>. */
export const APP_ENTRY = 'src/entry-client.tsx';

/**
 * What a page links: its own chunk (for `data-page`) and the style sheets of the app and the
 * page, so the first paint is styled as the hydrated page will be (nothing moves when the
 * app's code arrives).
 */
export function pageLinks(manifest: Manifest, module: string | undefined): { scripts: string[]; styles: string[] } {
  const app = chunkLinks(manifest, APP_ENTRY);
  const own = chunkLinks(manifest, module);
  return { scripts: own.scripts, styles: [...new Set([...app.styles, ...own.styles])] };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The page around the rendered app: the page's style sheets join the shell's in <head> (the first
 * paint needs them); its own chunk is named in `data-page` on the shell's one script
 * (src/boot.ts), which fetches it once the page has loaded and painted. No modulepreload link
 * goes in the HTML: the page is read before its script runs, so nothing there should compete
 * with the HTML and CSS for a phone's bandwidth, and the script itself is fetched at low priority
 * (Priority Hints, `fetchpriority="low"`).
 */
export function pageHtml(template: string, page: RenderedPage, links: { scripts: string[]; styles: string[] }): string {
  const already = new Set([...template.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]));
  const styles = links.styles
    .filter((file) => !already.has(file))
    .map((file) => `<link rel="stylesheet" crossorigin href="/${escapeAttribute(file)}">`);
  const own = links.scripts[0];
  return (
    template
      // The shell's own modulepreload (Vite's, for the entry's static imports) goes too: the script fetches them itself.
      .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
      .replace(
        /<script type="module"/,
        () => `<script type="module" fetchpriority="low"${own ? ` data-page="/${escapeAttribute(own)}"` : ''}`,
      )
      .replace(/<html lang="[a-z]+"/, `<html lang="${page.lang}"`)
      .replace('</head>', () => `${styles.join('')}</head>`)
      .replace('<div id="root"></div>', () => `<div id="root">${page.html}</div>${page.data}`)
  );
}

export interface PageRenderer {
  render: (url: URL) => Promise<{ status: number; html: string }>;
}

/**
 * The renderer for a built dist/, or null when the build has no server entry (then every page
 * is the bare shell, rendered in the browser). `fetchApi` answers the app's API requests
 * in-process, so a page costs no network round trip.
 */
export async function loadPageRenderer(
  distDir: string,
  fetchApi: (url: string, init: RequestInit) => Promise<Response>,
  logError: (error: unknown) => void,
): Promise<PageRenderer | null> {
  const entryPath = join(distDir, SERVER_ENTRY);
  const manifestPath = join(distDir, MANIFEST);
  if (!existsSync(entryPath) || !existsSync(manifestPath)) return null;
  const entry = (await import(pathToFileURL(entryPath).href)) as ServerEntry;
  entry.setApiTransport(fetchApi);
  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  return {
    async render(url) {
      const page = await entry.renderPage(url, { onError: logError });
      return { status: page.status, html: pageHtml(template, page, pageLinks(manifest, page.module)) };
    },
  };
}
