import { useEffect, useState, type RefObject } from 'react';

/**
 * The height of an element that takes whatever room the frame leaves (flex-basis 0), so the
 * figure inside can fill it: the element's size never depends on what is drawn in it.
 * `fallback` until measured (and in jsdom, which has no ResizeObserver).
 */
export function useAvailableHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.height ?? 0);
      if (measured > 0) setHeight(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
