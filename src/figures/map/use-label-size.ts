import { startTransition, useEffect, useState, type RefObject } from 'react';

/**
 * The size the server draws names at, before the map is measured: the map as most readers open
 * a shared link, on a phone, about 380 px wide (12 px × 400 units ÷ 380 px ≈ 12.5 units). A page
 * opened there keeps the names where the server put them when it hydrates.
 */
export const UNMEASURED_LABEL_SIZE = 12.5;

/**
 * The font size, in map units, that shows as `pixels` on screen when a map `mapWidth` units wide
 * is drawn `drawnWidth` px wide: between 9 and 16 units, in half-unit steps (a resize by a few
 * pixels does not move every label).
 */
export function labelSizeAt(mapWidth: number, drawnWidth: number, pixels = 12): number {
  return Math.min(16, Math.max(9, Math.round(((pixels * mapWidth) / drawnWidth) * 2) / 2));
}

/**
 * The font size, in map units, that shows as `pixels` on screen at the map's drawn width, so
 * names stay readable on a phone and modest on a wide screen. UNMEASURED_LABEL_SIZE until measured (and in jsdom).
 */
export function useLabelSize(ref: RefObject<SVGSVGElement | null>, mapWidth: number, pixels = 12): number {
  const [size, setSize] = useState(UNMEASURED_LABEL_SIZE);
  useEffect(() => {
    const svg = ref.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const drawn = entry?.contentRect.width ?? 0;
      // A transition: placing the names again is rendered in slices.
      if (drawn > 0) startTransition(() => setSize(labelSizeAt(mapWidth, drawn, pixels)));
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref, mapWidth, pixels]);
  return size;
}
