import { useEffect, useState, type RefObject } from 'react';

/**
 * The font size, in map units, that shows as `pixels` on screen at the map's drawn width, so
 * names stay readable on a phone and modest on a wide screen. 11 units until measured (and in jsdom).
 */
export function useLabelSize(ref: RefObject<SVGSVGElement | null>, mapWidth: number, pixels = 12): number {
  const [size, setSize] = useState(11);
  useEffect(() => {
    const svg = ref.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const drawn = entry?.contentRect.width ?? 0;
      // Half-unit steps: a resize by a few pixels does not move every label.
      if (drawn > 0) setSize(Math.min(16, Math.max(9, Math.round(((pixels * mapWidth) / drawn) * 2) / 2)));
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref, mapWidth, pixels]);
  return size;
}
