import { useCallback, useEffect, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The content size of an element that takes whatever room the frame leaves (flex-basis 0), so
 * the figure inside can fill it: the element's size never depends on what is drawn in it.
 * Returns the size (`fallback` until measured, and in jsdom, which has no ResizeObserver)
 * and a callback ref for the element. Measured in an effect only: nothing here runs on the server.
 */
export function useAvailableSize(fallback: Size): [Size, (element: HTMLElement | null) => void] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      const height = Math.floor(entry?.contentRect.height ?? 0);
      if (width > 0 && height > 0)
        setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [size, useCallback((next: HTMLElement | null) => setElement(next), [])];
}

/** The height alone, for a figure whose width follows its container anyway. */
export function useAvailableHeight(fallback: number): [number, (element: HTMLElement | null) => void] {
  const [size, ref] = useAvailableSize({ width: 0, height: fallback });
  return [size.height, ref];
}
