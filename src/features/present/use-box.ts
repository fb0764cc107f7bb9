import { useEffect, useState, type RefObject } from 'react';

/** An element's drawn size and its computed font size, in CSS pixels. */
export interface Box {
  width: number;
  height: number;
  fontPx: number;
}

/**
 * The element's box, followed as the window changes (a projector's resolution is only known
 * in the hall). `fallback` until measured, and in jsdom, which has no layout.
 */
export function useBox(ref: RefObject<HTMLElement | null>, fallback: Box): Box {
  const [box, setBox] = useState(fallback);
  const fallbackFontPx = fallback.fontPx;
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      const height = Math.floor(entry?.contentRect.height ?? 0);
      const fontPx = parseFloat(getComputedStyle(element).fontSize) || fallbackFontPx;
      if (width > 0 && height > 0) {
        setBox((old) =>
          old.width === width && old.height === height && old.fontPx === fontPx ? old : { width, height, fontPx },
        );
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallbackFontPx]);
  return box;
}
