import { useCallback, useEffect, useState } from 'react';

/**
 * The height of an element that takes whatever room the frame leaves (flex-basis 0), so the
 * figure inside can fill it: the element's size never depends on what is drawn in it.
 * Returns the height (`fallback` until measured, and in jsdom, which has no ResizeObserver)
 * and a callback ref for the element.
 */
export function useAvailableHeight(fallback: number): [number, (element: HTMLElement | null) => void] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(fallback);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.height ?? 0);
      if (measured > 0) setHeight(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [height, useCallback((next: HTMLElement | null) => setElement(next), [])];
}
