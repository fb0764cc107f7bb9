/**
 * Draws a chart for a download at the export's own size, whatever the screen: its plain-SVG
 * drawing is rendered into an element off screen, with React's createRoot and flushSync, copied
 * as a panel (svgPanel) and removed again, all before the download is built. Needs a browser.
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { NothingDrawnError } from './nothing-drawn.ts';
import { svgPanel } from './svg-clone.ts';
import type { FigurePanel } from './svg-compose.ts';

/**
 * `content`, an `<svg>` drawn `width` px wide, as a standalone panel. It is rendered beside
 * `anchor`, under the same ancestors, so the page's styles and theme reach it as they reach the
 * chart on show (svgPanel inlines them). A root of its own has no context: `content` must need
 * no strings, router or query client, only its props.
 */
export function drawnPanel(
  anchor: Element,
  content: ReactNode,
  width: number,
  prefix: string,
  caption?: string,
): FigurePanel {
  const host = document.createElement('div');
  host.className = 'export-drawing';
  host.setAttribute('aria-hidden', 'true');
  // Through CSSOM: the Content-Security-Policy allows no inline style attributes.
  host.style.width = `${width}px`;
  anchor.after(host);
  const root = createRoot(host, { identifierPrefix: `${prefix}-` });
  try {
    flushSync(() => root.render(content));
    const svg = host.querySelector('svg');
    if (!svg) throw new NothingDrawnError();
    return svgPanel(svg, prefix, caption);
  } finally {
    root.unmount();
    host.remove();
  }
}
