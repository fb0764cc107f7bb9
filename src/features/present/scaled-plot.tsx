import { useRef, type ReactNode } from 'react';
import { useBox } from './use-box.ts';

/** recharts' tick labels in the product's charts, in pixels. */
const CHART_TICK_PX = 13;
/** Tick labels on a slide, relative to the slide's text. */
const TICK_EM = 0.85;

/**
 * Draws a chart made for a page at 1/scale of the box and magnifies it by `scale`, so its
 * ticks come out at 0.85 em of the slide's text and its lines, markers and axis room grow with
 * them: one chart component for page and hall, and nothing clipped (the y axis keeps its
 * proportions). `children` gets the drawing size.
 */
export function ScaledPlot({
  label,
  children,
}: {
  label: string;
  children: (size: { width: number; height: number }) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const box = useBox(ref, { width: 800, height: 400, fontPx: CHART_TICK_PX / TICK_EM });
  const scale = Math.max(1, (box.fontPx * TICK_EM) / CHART_TICK_PX);
  const width = Math.floor(box.width / scale);
  const height = Math.floor(box.height / scale);
  return (
    <div ref={ref} className="slide-chart__plot" role="img" aria-label={label}>
      <div
        className="slide-chart__scaled"
        style={{ width, height, transform: `scale(${scale})` }}
        data-scale={scale.toFixed(2)}
      >
        {children({ width, height })}
      </div>
    </div>
  );
}
