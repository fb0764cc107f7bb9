/**
 * Colours and markers for the cities a chart draws, assigned in the order they are drawn. Twelve
 * hues chosen to stay apart for the common colour-vision deficiencies (after Okabe & Ito and Paul
 * Tol), each with at least 3:1 contrast on white. The marker shape steps with every city and
 * shifts once past twelve, so two cities of one colour never share a shape and neighbouring
 * colours differ in shape too: colour is never the only way to tell two cities apart.
 */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#117733',
  '#AA4499',
  '#332288',
  '#B07A00',
  '#882255',
  '#2F8C7E',
  '#CC6677',
  '#5A6E00',
  '#6A3D9A',
  '#555555',
] as const;

/**
 * The same twelve on the dark theme's ground, position for position: lighter tints of
 * each hue, at least 3:1 on the dark surface. styles.css declares them as `--series-N`
 * (a unit test keeps the two in step); print and the light theme use PALETTE.
 */
export const DARK_PALETTE = [
  '#56B4E9',
  '#FF9E4A',
  '#4FD08B',
  '#E58FD0',
  '#A9A6FF',
  '#F0E442',
  '#FF8FA3',
  '#5FD3C6',
  '#FFB3B3',
  '#C8E06A',
  '#D0A0FF',
  '#E0E0E0',
] as const;

/**
 * On a chart of one city (its page, its slide), each kind of line has a colour of its own as well
 * as its dash: the reported values in the city's colour (the palette's first), the trend, the
 * target path and the reference path in the next three, so no two kinds are told apart by dash alone.
 */
export const KIND_COLORS = { trend: PALETTE[1], target: PALETTE[2], reference: PALETTE[3] } as const;

export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Marker = (typeof MARKERS)[number];

/**
 * A city's colour and marker from its place among the cities drawn: the first twelve drawn
 * all differ in colour; past twelve, a colour comes again with another marker (and the
 * chart labels each line at its end).
 */
export function cityStyle(position: number): { color: string; marker: Marker } {
  const i = Math.max(0, position);
  return {
    color: PALETTE[i % PALETTE.length] ?? PALETTE[0],
    marker: MARKERS[(i + Math.floor(i / PALETTE.length)) % MARKERS.length] ?? 'circle',
  };
}

/**
 * What to paint a city's colour with on screen: its `--series-N` custom property, which the
 * dark theme redefines, falling back to the colour itself. Data and exports keep the plain
 * colour; a colour not in PALETTE (the presenter's own) is returned as it is.
 */
export function seriesPaint(color: string): string {
  const position = PALETTE.indexOf(color as (typeof PALETTE)[number]);
  return position < 0 ? color : `var(--series-${position}, ${color})`;
}
