/** A page's charts drawn again for a download at the export's layout (svg-draw.tsx), whatever the screen. */
import { CHART_FRAME, drawingAt } from '../chart-frame.tsx';
import { NothingDrawnError } from './nothing-drawn.ts';
import type { FigureSpec, PanelLayout } from './svg-compose.ts';
import { drawnPanel } from './svg-draw.tsx';

/**
 * The charts in `container` (each ChartFrame on show), drawn again at the layout's width and
 * their own height, with the layout's columns: the same chart as on the screen, at the export's size.
 */
export function chartPanels(
  container: HTMLElement,
  layout: PanelLayout,
  captions?: readonly string[],
): Pick<FigureSpec, 'panels' | 'columns'> {
  const frames = [...container.querySelectorAll(CHART_FRAME)].filter(
    (frame) => frame.getBoundingClientRect().width > 0,
  );
  const panels = frames.flatMap((frame, i) => {
    const drawing = drawingAt(frame, layout.width);
    return drawing ? [drawnPanel(frame, drawing, layout.width, `p${i}`, captions?.[i])] : [];
  });
  if (panels.length === 0) throw new NothingDrawnError();
  return { panels, columns: layout.columns };
}
