/// <reference types="node" />
/**
 * The colour scheme in styles.css, checked in both themes: text at least 4.5:1 on every
 * ground it is set on, controls' outlines and the focus ring 3:1, every city's colour 3:1
 * on the page, and the dark palettes in step with the TypeScript that names them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DARK_SECTOR_COLORS, SECTOR_PALETTE, sectorPaint } from './figures/sector-mix/index.ts';
import { DARK_PALETTE, PALETTE, seriesPaint } from './figures/trajectory/index.ts';

// Vitest runs from the project's root (where vite.config.ts is); CSS imports are stubbed in tests.
const css = readFileSync(join(process.cwd(), 'src', 'styles.css'), 'utf8');

/** The custom properties declared in the first `:root { … }` after `marker`. */
function tokens(marker: string): Map<string, string> {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`styles.css has no ${marker}`);
  const open = css.indexOf(':root {', start);
  const block = css.slice(open, css.indexOf('}', open));
  return new Map(
    [...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim().toLowerCase()]),
  );
}

const light = tokens(':root {');
const darkOverrides = tokens('@media screen and (prefers-color-scheme: dark)');
const dark = new Map([...light, ...darkOverrides]);

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function colour(theme: Map<string, string>, name: string): string {
  const value = theme.get(name);
  if (!value || !/^#[0-9a-f]{6}$/.test(value)) throw new Error(`--${name} is not a #rrggbb colour: ${value}`);
  return value;
}

/** [foreground, ground, minimum ratio] for every pairing the pages use. */
const PAIRS: [string, string, number][] = [
  ...['ink', 'ink-soft', 'accent', 'brand', 'good', 'warn', 'danger', 'mine-ink'].flatMap((text) =>
    ['bg', 'surface', 'surface-2', 'surface-hover'].map((ground): [string, string, number] => [text, ground, 4.5]),
  ),
  ...['notice-bg', 'info-bg', 'danger-soft', 'mine-bg', 'brand-soft'].flatMap((ground): [string, string, number][] => [
    ['ink', ground, 4.5],
    ['ink-soft', ground, 4.5],
    ['accent', ground, 4.5],
  ]),
  ['danger', 'danger-soft', 4.5],
  ['mine-ink', 'mine-bg', 4.5],
  ['brand-ink', 'brand', 4.5],
  ['topbar-ink', 'topbar-bg', 4.5],
  ['topbar-focus', 'topbar-bg', 3],
  ['line-strong', 'surface', 3],
  ['line-strong', 'bg', 3],
  ['focus', 'surface', 3],
  ['focus', 'bg', 3],
  ['ink', 'land', 3],
  ['bar', 'surface', 3],
  ['bar-negative', 'surface', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, theme) => {
  it.each(PAIRS)('--%s on --%s reaches %s:1', (fg, ground, minimum) => {
    expect(contrast(colour(theme, fg), colour(theme, ground))).toBeGreaterThanOrEqual(minimum);
  });
});

describe('chart colours', () => {
  it('every city colour stands out 3:1 from the page in both themes', () => {
    for (const ground of ['bg', 'surface']) {
      for (const c of PALETTE)
        expect(contrast(c.toLowerCase(), colour(light, ground)), `${c} on light --${ground}`).toBeGreaterThanOrEqual(3);
      for (const c of DARK_PALETTE)
        expect(contrast(c.toLowerCase(), colour(dark, ground)), `${c} on dark --${ground}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('styles.css declares the dark city palette as --series-N, position for position', () => {
    expect(DARK_PALETTE).toHaveLength(PALETTE.length);
    DARK_PALETTE.forEach((c, i) => expect(darkOverrides.get(`series-${i}`), `--series-${i}`).toBe(c.toLowerCase()));
  });

  it('the sector colours on the dark ground stand out 3:1, and styles.css declares the stand-ins', () => {
    SECTOR_PALETTE.forEach((c, i) => {
      const onDark = DARK_SECTOR_COLORS[i] ?? c;
      expect(contrast(onDark.toLowerCase(), colour(dark, 'surface')), `sector ${i} ${onDark}`).toBeGreaterThanOrEqual(
        3,
      );
      if (DARK_SECTOR_COLORS[i]) expect(darkOverrides.get(`sector-${i}`), `--sector-${i}`).toBe(onDark.toLowerCase());
    });
    expect([...darkOverrides.keys()].filter((k) => k.startsWith('sector-'))).toHaveLength(
      Object.keys(DARK_SECTOR_COLORS).length,
    );
  });

  it('paints palette colours through their custom property, with the colour as fallback', () => {
    expect(seriesPaint(PALETTE[3])).toBe('var(--series-3, #AA4499)');
    expect(sectorPaint(SECTOR_PALETTE[1])).toBe('var(--sector-1, #332288)');
    // The presenter's own colours, and anything else, pass through.
    expect(seriesPaint(DARK_PALETTE[0])).toBe(DARK_PALETTE[0]);
    expect(sectorPaint('#777777')).toBe('#777777');
  });
});
