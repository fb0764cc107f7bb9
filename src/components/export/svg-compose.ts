/**
 * Composes a standalone SVG document around one or more chart panels: a title, an
 * optional subtitle (the unit), the panels in a grid, a legend drawn in SVG and a footer
 * (source, notes, date of export). Pure string building, so it is tested without a browser;
 * text widths are estimated unless the caller passes a measuring function.
 */

/** A legend entry's symbol; paths are centred on 0,0 (as the chart draws its markers). */
export type LegendSymbol =
  | { kind: 'line'; color: string; width?: number; dash?: string; cap?: 'butt' | 'round'; marker?: string }
  | { kind: 'shape'; color: string; path: string; hollow?: boolean }
  | { kind: 'area'; color: string; hatched?: boolean };

export interface LegendEntry {
  label: string;
  symbol: LegendSymbol;
}

/** One chart, as a serialised standalone `<svg>` with its drawn size. */
export interface FigurePanel {
  markup: string;
  width: number;
  height: number;
  /** Small multiples name each panel. */
  caption?: string;
}

export interface FigureSpec {
  title: string;
  subtitle?: string;
  panels: FigurePanel[];
  /** Panels per row (small multiples); 1 by default. */
  columns?: number;
  legend: LegendEntry[];
  /** Source line, notes and the date of export, one paragraph each. */
  footer: string[];
  colors?: { background: string; ink: string; soft: string };
  fontFamily?: string;
  /** Width of a text in pixels; estimated from the font size when left out. */
  measure?: (text: string, fontSize: number, bold: boolean) => number;
}

export interface FigureSvg {
  markup: string;
  width: number;
  height: number;
}

const PAD = 24;
const GAP = 16;
const TITLE = 20;
const SUBTITLE = 14;
const LEGEND = 13;
const FOOTER = 12;
const SYMBOL_WIDTH = 28;

/** How a figure's panels are drawn for a download: each this wide, this many to a row. */
export interface PanelLayout {
  width: number;
  columns: number;
}

/**
 * One chart, drawn 960 px wide at its own height (a chart's width on a desk) whatever the
 * screen it is downloaded on, so the file is the same on a phone and on a desk.
 */
export const CHART_LAYOUT: PanelLayout = { width: 960, columns: 1 };
/** Small multiples: three to a row, which together fill CHART_LAYOUT's width with the gaps between. */
export const MULTIPLES_LAYOUT: PanelLayout = { width: Math.floor((CHART_LAYOUT.width - 2 * GAP) / 3), columns: 3 };

export const DEFAULT_COLORS = { background: '#ffffff', ink: '#15201c', soft: '#4a5852' };
export const DEFAULT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** About right for a sans-serif with Nordic letters and digits. */
export function estimateWidth(text: string, fontSize: number, bold: boolean): number {
  return text.length * fontSize * (bold ? 0.6 : 0.55);
}

/** Where an address breaks best: after a slash, a query's ? or &, an = or a comma. */
const BREAK_AFTER = /[/?&=,]/;

/**
 * A word too wide for a line (an address, with no spaces) in pieces that fit: each as long as
 * fits, ended after the last of BREAK_AFTER in its second half when there is one.
 */
export function breakWord(word: string, maxWidth: number, width: (s: string) => number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && width(rest) > maxWidth) {
    // The longest prefix that fits, at least one character.
    let low = 1;
    let high = rest.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (width(rest.slice(0, mid)) <= maxWidth) low = mid;
      else high = mid - 1;
    }
    let end = low;
    for (let i = low - 1; i >= Math.ceil(low / 2); i--) {
      if (BREAK_AFTER.test(rest.charAt(i))) {
        end = i + 1;
        break;
      }
    }
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  pieces.push(rest);
  return pieces;
}

/** Greedy word wrap to `maxWidth`; a word wider than a line (an address) is broken where it must (breakWord). */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= maxWidth) line = candidate;
    else if (width(word) <= maxWidth) {
      if (line) lines.push(line);
      line = word;
    } else {
      if (line) lines.push(line);
      const pieces = breakWord(word, maxWidth, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

function symbolMarkup(symbol: LegendSymbol, ink: string, background: string): string {
  const mid = SYMBOL_WIDTH / 2;
  switch (symbol.kind) {
    case 'line': {
      const dash = symbol.dash ? ` stroke-dasharray="${symbol.dash}"` : '';
      const line = `<line x1="2" y1="0" x2="${SYMBOL_WIDTH - 2}" y2="0" stroke="${symbol.color}" stroke-width="${symbol.width ?? 2}"${dash} stroke-linecap="${symbol.cap ?? 'butt'}"/>`;
      const marker = symbol.marker
        ? `<path transform="translate(${mid},0)" d="${symbol.marker}" fill="${symbol.color}" stroke="${background}" stroke-width="1"/>`
        : '';
      return line + marker;
    }
    case 'shape':
      return `<path transform="translate(${mid},0)" d="${symbol.path}" fill="${symbol.hollow ? 'none' : symbol.color}" stroke="${ink}" stroke-width="1"/>`;
    case 'area': {
      const hatch = symbol.hatched
        ? `<path d="M${mid - 5},5L${mid + 1},-5M${mid - 1},5L${mid + 5},-5" stroke="${ink}" stroke-width="1.5" stroke-opacity="0.6"/>`
        : '';
      // A faint outline keeps a pale swatch (the shading after the latest report) visible.
      return `<rect x="${mid - 7}" y="-6" width="14" height="12" fill="${symbol.color}" fill-opacity="0.85" stroke="${ink}" stroke-opacity="0.25"/>${hatch}`;
    }
  }
}

interface Text {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  color: string;
}

function textMarkup({ x, y, text, size, bold, color }: Text): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${color}">${escapeXml(text)}</text>`;
}

type Colors = NonNullable<FigureSpec['colors']>;
type Measure = NonNullable<FigureSpec['measure']>;

/**
 * Adds the legend's entries to `parts`, from `y` down: they flow left to right and wrap at
 * `inner`. Returns the y below the legend (the same y when there is none).
 */
function legendParts(
  legend: LegendEntry[],
  colors: Colors,
  measure: Measure,
  inner: number,
  top: number,
  parts: string[],
): number {
  let y = top;
  let x = PAD;
  const rowHeight = LEGEND * 1.8;
  if (legend.length > 0) y += rowHeight / 2;
  legend.forEach((entry, i) => {
    const entryWidth = SYMBOL_WIDTH + 6 + measure(entry.label, LEGEND, false);
    if (x > PAD && x + entryWidth > PAD + inner) {
      x = PAD;
      y += rowHeight;
    }
    parts.push(
      `<g class="legend-entry" transform="translate(${x.toFixed(1)},${y.toFixed(1)})">${symbolMarkup(entry.symbol, colors.ink, colors.background)}` +
        `<text x="${SYMBOL_WIDTH + 6}" y="${(LEGEND * 0.35).toFixed(1)}" font-size="${LEGEND}" fill="${colors.ink}">${escapeXml(entry.label)}</text></g>`,
    );
    x += entryWidth + 18;
    if (i === legend.length - 1) y += rowHeight / 2;
  });
  if (legend.length > 0) y += GAP / 2;
  return y;
}

/** The whole figure as a standalone SVG document (with `xmlns`, a `<title>` and a solid background). */
export function composeFigureSvg(spec: FigureSpec): FigureSvg {
  const colors = spec.colors ?? DEFAULT_COLORS;
  const measure = spec.measure ?? estimateWidth;
  const columns = Math.max(1, Math.min(spec.columns ?? 1, spec.panels.length));
  const cellWidth = Math.max(0, ...spec.panels.map((p) => p.width));
  const captionHeight = spec.panels.some((p) => p.caption) ? LEGEND * 1.6 : 0;
  const cellHeight = Math.max(0, ...spec.panels.map((p) => p.height)) + captionHeight;
  const width = Math.round(Math.max(360, columns * cellWidth + (columns - 1) * GAP) + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  for (const line of wrapText(spec.title, inner, (s) => measure(s, TITLE, true))) {
    y += TITLE;
    parts.push(textMarkup({ x: PAD, y, text: line, size: TITLE, bold: true, color: colors.ink }));
    y += TITLE * 0.3;
  }
  if (spec.subtitle) {
    for (const line of wrapText(spec.subtitle, inner, (s) => measure(s, SUBTITLE, false))) {
      y += SUBTITLE * 1.4;
      parts.push(textMarkup({ x: PAD, y, text: line, size: SUBTITLE, bold: true, color: colors.soft }));
    }
  }
  y += GAP * 0.75;

  spec.panels.forEach((panel, i) => {
    const x = PAD + (i % columns) * (cellWidth + GAP);
    const top = y + Math.floor(i / columns) * (cellHeight + GAP);
    if (panel.caption)
      parts.push(textMarkup({ x, y: top + LEGEND, text: panel.caption, size: LEGEND, bold: true, color: colors.ink }));
    parts.push(`<g transform="translate(${x.toFixed(1)},${(top + captionHeight).toFixed(1)})">${panel.markup}</g>`);
  });
  const rows = Math.ceil(spec.panels.length / columns);
  y += rows * cellHeight + Math.max(0, rows - 1) * GAP + GAP;

  y = legendParts(spec.legend, colors, measure, inner, y, parts);

  for (const paragraph of spec.footer) {
    for (const line of wrapText(paragraph, inner, (s) => measure(s, FOOTER, false))) {
      y += FOOTER * 1.45;
      parts.push(textMarkup({ x: PAD, y, text: line, size: FOOTER, color: colors.soft }));
    }
    y += FOOTER * 0.4;
  }
  const height = Math.round(y + PAD);

  const markup =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(spec.fontFamily ?? DEFAULT_FONT)}" role="img" aria-labelledby="figure-title">` +
    `<title id="figure-title">${escapeXml(spec.title)}</title>` +
    `<rect width="100%" height="100%" fill="${colors.background}"/>` +
    parts.join('') +
    `</svg>\n`;
  return { markup, width, height };
}
