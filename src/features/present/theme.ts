/**
 * The presenter's high-contrast theme: near-black ground, white type, bright series
 * colours. Set as CSS custom properties on the presenter's root (so nothing leaks to the
 * rest of the app) and checked here: text at least 7:1 (WCAG AAA), lines and marks at least 4.5:1.
 */
import type { CSSProperties } from 'react';
import { type CityLine, DARK_PALETTE, PALETTE } from '../../figures/trajectory/index.ts';

export const THEME = {
  /** The slide's ground. */
  bg: '#0b0d0c',
  /** Cards and the chart's plot area. */
  surface: '#141917',
  ink: '#ffffff',
  inkSoft: '#d2dad6',
  /** Figures that carry the message. */
  accent: '#ffd166',
  good: '#7ee2a8',
  danger: '#ffa08c',
  /** Borders and rules (not text). */
  line: '#6b7873',
  grid: '#2f3835',
  /** Shading after the latest reported year. */
  future: '#1f2624',
  focus: '#ffd166',
} as const;

/**
 * Series colours on the dark ground are the product's dark theme's (the trajectory figure's
 * DARK_PALETTE: one for each of the twelve, same position, so a city keeps its place in the order).
 */
export { DARK_PALETTE };

/** The chart's lines recoloured for the dark ground, by their position in the product's palette. */
export function onDark(lines: readonly CityLine[]): CityLine[] {
  return lines.map((line) => {
    const dark = (color: string) => {
      const position = PALETTE.indexOf(color as (typeof PALETTE)[number]);
      return position < 0 ? color : (DARK_PALETTE[position] ?? color);
    };
    const overlayColors = Object.fromEntries(
      Object.entries(line.overlayColors).map(([overlay, color]) => [overlay, dark(color)]),
    );
    return { ...line, color: dark(line.color), overlayColors };
  });
}

/** The theme as custom properties: the presenter's own (`--p-*`) and the product's, overridden inside `.present`. */
export function themeStyle(): CSSProperties {
  return {
    '--p-bg': THEME.bg,
    '--p-surface': THEME.surface,
    '--p-ink': THEME.ink,
    '--p-ink-soft': THEME.inkSoft,
    '--p-accent': THEME.accent,
    '--p-line': THEME.line,
    '--bg': THEME.bg,
    '--surface': THEME.surface,
    '--ink': THEME.ink,
    '--ink-soft': THEME.inkSoft,
    '--line': THEME.line,
    '--grid': THEME.grid,
    '--future': THEME.future,
    '--good': THEME.good,
    '--danger': THEME.danger,
    '--focus': THEME.focus,
    '--accent': THEME.accent,
    '--brand': THEME.good,
  } as CSSProperties;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
