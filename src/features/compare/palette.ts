/**
 * Colours and markers for up to 24 cities. Twelve hues chosen to stay apart for the
 * common colour-vision deficiencies (after Okabe & Ito and Paul Tol), each with at
 * least 3:1 contrast on white; past twelve the marker shape changes, so colour is
 * never the only way to tell two cities apart.
 */
export const PALETTE = [
  '#0072B2', '#D55E00', '#117733', '#AA4499', '#332288', '#B07A00',
  '#882255', '#2F8C7E', '#CC6677', '#5A6E00', '#6A3D9A', '#555555',
] as const;

export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Marker = (typeof MARKERS)[number];

/** A city's colour and marker from its position in the full, stable list of cities. */
export function cityStyle(position: number): { color: string; marker: Marker } {
  const i = Math.max(0, position);
  return {
    color: PALETTE[i % PALETTE.length] ?? PALETTE[0],
    marker: MARKERS[Math.floor(i / PALETTE.length) % MARKERS.length] ?? 'circle',
  };
}
