/**
 * Turns a chart's `<svg>`, drawn in the page (svg-draw.tsx draws it at the export's size), into
 * standalone markup: a deep clone whose drawing styles are inlined from the computed style (CSS
 * variables and stylesheets do not travel with an exported file), whose ids are renamed so
 * several panels can share one document, and which carries its drawn size. Needs a browser; the
 * composition around it is pure.
 */
import { NothingDrawnError } from './nothing-drawn.ts';
import type { FigurePanel, FigureSpec } from './svg-compose.ts';

export { NothingDrawnError };

/** The element the chart is drawn in, or NothingDrawnError. */
export function drawnIn<T extends HTMLElement>(element: T | null): T {
  if (!element) throw new NothingDrawnError();
  return element;
}

const SHAPE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'vector-effect',
];
const TEXT_PROPS = [
  ...SHAPE_PROPS,
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'letter-spacing',
];
const SHAPES = new Set(['path', 'line', 'rect', 'circle', 'ellipse', 'polygon', 'polyline']);
const TEXTS = new Set(['text', 'tspan']);
/** Content inside these is not drawn where it stands, so its computed display says nothing. */
const DEFINITIONS = 'defs, clipPath, pattern, mask, marker, symbol, linearGradient, radialGradient';

function inlineStyle(original: Element, copy: Element): void {
  const name = original.localName;
  const props = TEXTS.has(name) ? TEXT_PROPS : SHAPES.has(name) ? SHAPE_PROPS : ['opacity'];
  const computed = getComputedStyle(original);
  const declarations = props
    .map((prop) => [prop, computed.getPropertyValue(prop)] as const)
    // Paint servers (url(#…)) stay as the attribute says: the computed value may name the page's address.
    .filter(([, value]) => value !== '' && !value.startsWith('url('))
    .map(([prop, value]) => `${prop}:${value}`);
  // Through CSSOM, not setAttribute('style'): the Content-Security-Policy allows no inline style attributes.
  if (declarations.length > 0 && 'style' in copy) (copy as SVGElement).style.cssText = declarations.join(';');
  else copy.removeAttribute('style');
  // Attributes naming the theme's variables (fill="var(--series-0, …)") get the colour they stand for.
  for (const attribute of [...copy.attributes]) {
    if (!attribute.value.includes('var(')) continue;
    const value = computed.getPropertyValue(attribute.name);
    if (value && !value.includes('var(')) copy.setAttribute(attribute.name, value);
    else copy.removeAttribute(attribute.name);
  }
  copy.removeAttribute('tabindex');
}

/** The colour an element is drawn with (its computed `fill` or `stroke`), or `fallback` when it is not on the page. */
export function drawnColor(element: Element | null | undefined, property: 'fill' | 'stroke', fallback: string): string {
  const value = element ? getComputedStyle(element).getPropertyValue(property) : '';
  return value && value !== 'none' && !value.startsWith('url(') ? value : fallback;
}

/** Renames every id to `${prefix}-n` and rewrites the references to it. */
function renameIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  root.querySelectorAll('[id]').forEach((element, i) => {
    const next = `${prefix}-${i}`;
    renamed.set(element.id, next);
    element.id = next;
  });
  if (renamed.size === 0) return;
  const rewrite = (value: string) =>
    value.replace(/url\(\s*["']?#([^"')]+)["']?\s*\)/g, (whole, id: string) =>
      renamed.has(id) ? `url(#${renamed.get(id)})` : whole,
    );
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (attribute.value.includes('url(')) element.setAttribute(attribute.name, rewrite(attribute.value));
      if (attribute.localName === 'href' && attribute.value.startsWith('#')) {
        const target = renamed.get(attribute.value.slice(1));
        if (target) element.setAttributeNS(attribute.namespaceURI, attribute.name, `#${target}`);
      }
    }
  }
}

/** A drawn svg as a standalone panel of its drawn size. */
export function svgPanel(svg: SVGSVGElement, prefix: string, caption?: string): FigurePanel {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const clone = copies[i];
    if (!clone) return;
    if (!original.closest(DEFINITIONS) && getComputedStyle(original).display === 'none') hidden.push(clone);
    else inlineStyle(original, clone);
  });
  hidden.forEach((element) => element.remove());
  // The document has its own title; the chart's empty title and desc say nothing.
  copy.querySelectorAll('title, desc').forEach((element) => {
    if (!element.textContent?.trim()) element.remove();
  });
  renameIds(copy, prefix);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('overflow', 'visible');
  copy.removeAttribute('class');
  copy.removeAttribute('role');
  copy.removeAttribute('aria-label');
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(copy), width, height, ...(caption ? { caption } : {}) };
}

/** The page's colours and font where the figure stands, so an export in the dark theme stays legible. */
export function figureLook(element: HTMLElement): Pick<FigureSpec, 'colors' | 'fontFamily' | 'measure'> {
  const style = getComputedStyle(element);
  let background = style.backgroundColor;
  for (
    let node: HTMLElement | null = element;
    node && /rgba\(.*,\s*0\)|transparent/.test(background);
    node = node.parentElement
  ) {
    background = getComputedStyle(node).backgroundColor;
  }
  if (/rgba\(.*,\s*0\)|transparent/.test(background)) background = '#ffffff';
  const soft = getComputedStyle(document.documentElement).getPropertyValue('--ink-soft').trim() || style.color;
  const fontFamily = style.fontFamily;
  const context = document.createElement('canvas').getContext('2d');
  const measure = context
    ? (text: string, size: number, bold: boolean) => {
        context.font = `${bold ? 700 : 400} ${size}px ${fontFamily}`;
        return context.measureText(text).width;
      }
    : undefined;
  return { colors: { background, ink: style.color, soft }, fontFamily, ...(measure ? { measure } : {}) };
}
