import { useEffect, useState, type RefObject } from 'react';

/** A text's width in CSS pixels at a font size, in the font an element's text is set in. */
export type MeasureText = (text: string, px: number) => number;

/**
 * Measures text as the browser will draw it, in the element's font family and weight, once it is
 * mounted (a canvas, no layout); null before that, on the server and in jsdom, where the caller
 * estimates. Names are placed so that none covers another: an estimate too narrow lets them touch.
 */
export function useTextWidth(ref: RefObject<Element | null>): MeasureText | null {
  const [measure, setMeasure] = useState<MeasureText | null>(null);
  useEffect(() => {
    const element = ref.current;
    // jsdom has neither layout (no ResizeObserver) nor a canvas, and says so on the console.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return;
    const { fontFamily, fontWeight } = getComputedStyle(element);
    setMeasure(() => (text: string, px: number) => {
      context.font = `${fontWeight} ${px}px ${fontFamily}`;
      return context.measureText(text).width;
    });
  }, [ref]);
  return measure;
}
