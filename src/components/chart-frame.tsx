import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { isPrinting } from '../lib/printing.ts';

interface ChartFrameProps {
  /** The chart's height in CSS pixels; the frame keeps it while the width is unknown, so nothing shifts. */
  height: number;
  /** Draws the chart at the measured width. */
  children: (width: number) => ReactNode;
}

/**
 * The box a chart fills: its width, followed with a ResizeObserver, is handed to the chart.
 * It stands in for recharts' ResponsiveContainer, which reads its size with
 * getBoundingClientRect in an effect (a forced layout of the whole page) and then draws the
 * chart in one long task. Here the width arrives after the browser's own layout, and drawing
 * is a transition, which React renders in slices: the page stays responsive while charts
 * appear, and a page with many of them opens without a long freeze. No ResizeObserver (jsdom)
 * means no width and no chart, as with ResponsiveContainer.
 */
export function ChartFrame({ height, children }: ChartFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const { t } = useI18n();

  // Drawn for printing (WhenNear renders at `beforeprint`): the print layout is taken before
  // any ResizeObserver callback, so read the width now, once, and draw in this same pass.
  useLayoutEffect(() => {
    const element = frame.current;
    if (element && isPrinting()) setWidth(Math.floor(element.getBoundingClientRect().width));
  }, []);

  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) startTransition(() => setWidth(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={frame} className="chart-frame" style={{ height }}>
      {width > 0 ? (
        children(width)
      ) : (
        // The server cannot draw a chart (recharts measures it in the browser): a reader without JavaScript is told so.
        <noscript>
          <p className="chart-frame__noscript">{t('chart.needsScript')}</p>
        </noscript>
      )}
    </div>
  );
}
