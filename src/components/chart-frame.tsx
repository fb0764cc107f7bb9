import { startTransition, Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { isPrinting } from '../lib/printing.ts';

interface ChartFrameProps {
  /** The chart's height in CSS pixels; the frame keeps it while the width is unknown, so nothing shifts. */
  height: number;
  /**
   * The chart as plain SVG content at a width, without recharts: what the server sends, what
   * the page shows first and what prints. recharts 3 cannot render on the server
   * (recharts/recharts#5997), so this is the chart a reader without JavaScript gets.
   */
  drawing: (width: number) => ReactNode;
  /**
   * The interactive chart at a width (recharts, with its tooltip). Its code loads the first
   * time a reader points at or touches the chart, not before: a page opens without parsing and
   * rendering recharts, and the drawing stays until the chart is ready.
   */
  live?: (width: number) => ReactNode;
}

/** Widths the server draws at, one shown per width of the frame (see `.chart-drawing[data-nominal]` in styles.css). */
export const NOMINAL_WIDTHS = [320, 640, 1040] as const;

/** Every drawn chart's SVG, plain or recharts': what exports copy and tests look for. */
export const CHART_SVG = 'svg.chart-drawing, svg.recharts-surface';

function Drawing({ width, height, nominal = false, children }: { width: number; height: number; nominal?: boolean; children: ReactNode }) {
  return (
    <svg
      className="chart-drawing"
      data-nominal={nominal ? width : undefined}
      width={nominal ? '100%' : width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio={nominal ? 'xMinYMin meet' : undefined}
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

/**
 * The box a chart fills. Until its width is known (on the server, and while hydrating) it
 * holds the drawing at a few nominal widths, of which CSS container queries show the one
 * nearest the frame's; then the width, followed with a ResizeObserver, is handed to the
 * drawing, and, once a reader points at the chart, to the live recharts chart. Re-drawing
 * is a transition, which React renders in slices, so the page stays responsive.
 */
export function ChartFrame({ height, drawing, live }: ChartFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [wantsLive, setWantsLive] = useState(false);

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

  const goLive = live && !wantsLive ? () => startTransition(() => setWantsLive(true)) : undefined;
  const drawn = width > 0 && <Drawing width={width} height={height}>{drawing(width)}</Drawing>;
  return (
    <div ref={frame} className="chart-frame" style={{ height }} onPointerEnter={goLive} onPointerDown={goLive} data-live={wantsLive || undefined}>
      {width === 0
        ? NOMINAL_WIDTHS.map((nominal) => (
            <Drawing key={nominal} width={nominal} height={height} nominal>
              {drawing(nominal)}
            </Drawing>
          ))
        : live && wantsLive
          ? <Suspense fallback={drawn}>{live(width)}</Suspense>
          : drawn}
    </div>
  );
}
