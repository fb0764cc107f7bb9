import {
  memo,
  startTransition,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
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

/**
 * Widths the server draws at, one shown per width of the frame (see `.chart-drawing[data-nominal]`
 * in styles.css). The first is a phone's: a chart on a 360–412 px screen is 310–362 px wide.
 */
export const NOMINAL_WIDTHS = [340, 640, 1040] as const;
type Nominal = (typeof NOMINAL_WIDTHS)[number];

/** The nominal drawing CSS shows in a frame this wide: the same thresholds as the container queries in styles.css. */
export function nominalFor(width: number): Nominal {
  return width < 480 ? 340 : width < 880 ? 640 : 1040;
}

/**
 * Whether the nominal drawing on show fits a frame this wide as it is: shrunk by at most a tenth
 * (its labels stay legible) or with at most 8 % to spare on the right. Then it is kept as the
 * chart at that width, not drawn again, so a phone hydrates the page without redrawing its charts.
 */
export function nominalFits(width: number): boolean {
  const ratio = width / nominalFor(width);
  return ratio >= 0.9 && ratio <= 1.08;
}

/** The box each chart is drawn in (ChartFrame's element). */
export const CHART_FRAME = '.chart-frame';

interface DrawingProps {
  /** The width drawn at: the nominal width, or the frame's own once measured. */
  width: number;
  height: number;
  /** Which of the nominal drawings this is, for CSS to pick; none once it is the only one. */
  nominal?: Nominal;
  /** Drawn at the frame's measured width (else at a nominal width, scaled down to fit). */
  measured: boolean;
  /** A nominal drawing kept as the chart at the frame's width, because it fits (nominalFits). */
  fits?: boolean;
  children: ReactNode;
}

function Drawing({ width, height, nominal, measured, fits = false, children }: DrawingProps) {
  const scaled = !measured;
  return (
    <svg
      className="chart-drawing"
      data-nominal={nominal}
      data-measured={measured || fits ? '' : undefined}
      width={scaled ? '100%' : width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio={scaled ? 'xMinYMin meet' : undefined}
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

interface NominalSlotProps {
  nominal: Nominal;
  /** The frame's width to draw at, for the slot on show when the nominal drawing does not fit it; else null. */
  width: number | null;
  /** The slot on show, kept at its nominal width because it fits the frame (nominalFits). */
  fits: boolean;
  height: number;
  drawing: (width: number) => ReactNode;
}

/**
 * One of the nominal drawings, at its nominal width or, for the one CSS shows, at the frame's
 * own. Memoised: the hidden ones are not drawn again while the shown one follows the frame.
 */
const NominalSlot = memo(function NominalSlot({ nominal, width, fits, height, drawing }: NominalSlotProps) {
  return (
    <Drawing width={width ?? nominal} height={height} nominal={nominal} measured={width !== null} fits={fits}>
      {drawing(width ?? nominal)}
    </Drawing>
  );
});

/**
 * A ref for the frame's element, and its width in whole CSS pixels: 0 until measured (on the server and while hydrating),
 * then followed with a ResizeObserver, each change a transition.
 */
function useFrameWidth(): [RefObject<HTMLDivElement | null>, number] {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

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
  return [frame, width];
}

interface FrameDrawing {
  drawing: (width: number) => ReactNode;
  height: number;
}

/** Each mounted frame's drawing, by its element: what downloads draw again at a width of their own. */
const frameDrawings = new WeakMap<Element, FrameDrawing>();

/**
 * The chart in `frame` (a CHART_FRAME element) as a plain `<svg>` drawn at `width` and its own
 * height, or null when the element holds no chart. Exports draw it at a fixed width, so a file
 * is the same whatever the screen it was downloaded on.
 */
export function drawingAt(frame: Element, width: number): ReactNode {
  const entry = frameDrawings.get(frame);
  if (!entry) return null;
  return (
    <Drawing width={width} height={entry.height} measured>
      {entry.drawing(width)}
    </Drawing>
  );
}

/** Registers the frame's drawing (drawingAt) while it is mounted. */
function useRegisteredDrawing(
  frame: RefObject<HTMLDivElement | null>,
  drawing: FrameDrawing['drawing'],
  height: number,
): void {
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    frameDrawings.set(element, { drawing, height });
    return () => void frameDrawings.delete(element);
  }, [frame, drawing, height]);
}

/**
 * The box a chart fills. Until its width is known (on the server, and while hydrating) it
 * holds the drawing at a few nominal widths, of which CSS container queries show the one
 * nearest the frame's; then the width, followed with a ResizeObserver, is handed to the
 * drawing, and, once a reader points at the chart, to the live recharts chart. Re-drawing
 * is a transition, which React renders in slices, so the page stays responsive.
 *
 * The measured drawing takes the place of the nominal one on show, so React changes that
 * SVG's attributes in place; the hidden ones stay untouched until the chart's content changes
 * (removing two large SVGs while a page hydrates is a long task on a phone).
 */
export function ChartFrame({ height, drawing, live }: ChartFrameProps) {
  const [frame, width] = useFrameWidth();
  const [wantsLive, setWantsLive] = useState(false);
  // The content the page was hydrated with: while it is shown, the hidden nominal drawings match it.
  const [hydratedDrawing] = useState(() => drawing);
  useRegisteredDrawing(frame, drawing, height);

  const goLive = live && !wantsLive ? () => startTransition(() => setWantsLive(true)) : undefined;
  let content: ReactNode;
  if (width === 0) {
    content = NOMINAL_WIDTHS.map((nominal) => (
      <NominalSlot key={nominal} nominal={nominal} width={null} fits={false} height={height} drawing={drawing} />
    ));
  } else if (live && wantsLive) {
    content = (
      <Suspense
        fallback={
          <Drawing width={width} height={height} measured>
            {drawing(width)}
          </Drawing>
        }
      >
        {live(width)}
      </Suspense>
    );
  } else if (drawing === hydratedDrawing) {
    const shown = nominalFor(width);
    const fits = nominalFits(width);
    content = NOMINAL_WIDTHS.map((nominal) => (
      <NominalSlot
        key={nominal}
        nominal={nominal}
        width={nominal === shown && !fits ? width : null}
        fits={nominal === shown && fits}
        height={height}
        drawing={drawing}
      />
    ));
  } else {
    content = (
      <Drawing width={width} height={height} measured>
        {drawing(width)}
      </Drawing>
    );
  }
  return (
    <div
      ref={frame}
      className="chart-frame"
      style={{ height }}
      onPointerEnter={goLive}
      onPointerDown={goLive}
      data-live={wantsLive || undefined}
    >
      {content}
    </div>
  );
}
