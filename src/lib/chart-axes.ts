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
