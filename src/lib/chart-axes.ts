/**
 * Props that spare recharts work our charts never use. Every chart sets its ticks or draws
 * few enough that they never collide, and no label wraps, yet recharts measures each label
 * in the DOM (a forced layout per label) unless told otherwise. On the city page that was
 * 150–200 forced layouts at first render.
 */

/** For `<CartesianGrid vertical={false}>`: recharts still works out the vertical lines, measuring every x label to do so. */
export const noGridLines = (): number[] => [];

const tickStyles = new Map<number, { fontSize: number; width: number }>();
/**
 * Tick label props. `width: 0` stops recharts' `<Text>` from measuring each word to wrap
 * a label that never wraps. Shared objects, so memoised charts see the same props.
 */
export function tickText(fontSize: number): { fontSize: number; width: number } {
  let style = tickStyles.get(fontSize);
  if (!style) tickStyles.set(fontSize, (style = { fontSize, width: 0 }));
  return style;
}

/** Steps between year ticks, smallest first: each a round number of years. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

export interface YearTickOptions {
  /** The smallest step to use even when more would fit (a wide chart needs no tick every year). */
  minStep?: number;
  /** Also mark the last year (e.g. the latest report), dropping the round year before it if the two would touch. */
  includeLast?: boolean;
}

/**
 * Round years for a numeric x axis whose labels never overlap: the smallest step (at least
 * `minStep`) at which two neighbouring four-digit labels, about 2.3 em wide, keep a gap of
 * about an em at this plot width. A phone gets a tick every 10 or 20 years where a desktop has 5.
 */
export function yearTicks(
  from: number,
  to: number,
  plotWidthPx: number,
  fontSize: number,
  { minStep = 1, includeLast = false }: YearTickOptions = {},
): number[] {
  const span = to - from;
  if (span <= 0) return [from];
  const pxPerYear = Math.max(plotWidthPx, 1) / span;
  const needPx = fontSize * 3.2;
  const step = YEAR_STEPS.find((s) => s >= minStep && s * pxPerYear >= needPx) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  if (includeLast && ticks.at(-1) !== to) {
    while (ticks.length > 0 && (to - (ticks.at(-1) ?? to)) * pxPerYear < needPx) ticks.pop();
    ticks.push(to);
  }
  return ticks;
}
