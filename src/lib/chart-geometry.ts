/**
 * The geometry a cartesian chart is drawn with, shared by the plain SVG drawing (what the
 * server sends and the page shows first) and the recharts chart that replaces it when a reader
 * points at it: the same plot area, the same scales and the same ticks, so the swap moves nothing.
 * The plot area follows recharts' own layout (margins, a y axis of fixed width on the left, an x
 * axis 30 px tall below). Tick values come from d3-array's `ticks`, as recharts' own scales do.
 */
import { ticks } from 'd3-array';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** recharts' default XAxis height. */
export const X_AXIS_PX = 30;
/** recharts' default tick line length and the gap between tick line and label. */
export const TICK_SIZE_PX = 6;
export const TICK_MARGIN_PX = 2;

/** The plot inside a chart of this size: what the margins and the two axes leave. */
export function plotArea(width: number, height: number, margin: Margin, yAxisPx: number): PlotArea {
  const x = margin.left + yAxisPx;
  const y = margin.top;
  return {
    x,
    y,
    width: Math.max(0, width - margin.right - x),
    height: Math.max(0, height - margin.bottom - X_AXIS_PX - y),
  };
}

export type Scale = (value: number) => number | undefined;
export type ScaleKind = 'linear' | 'log';

/** Maps the domain onto [from, to] in pixels, linearly or logarithmically; a log scale has no place for 0 or less. */
export function scaleOf(
  kind: ScaleKind,
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): Scale {
  if (kind === 'log') {
    const l0 = Math.log(d0);
    const span = Math.log(d1) - l0;
    return (value) => (value > 0 && span !== 0 ? r0 + ((Math.log(value) - l0) / span) * (r1 - r0) : undefined);
  }
  const span = d1 - d0;
  return (value) =>
    Number.isFinite(value) ? (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0)) : undefined;
}

/**
 * Values for the y axis: about `count` round numbers across a linear domain (the domain's top
 * is itself round, see niceCeil); on a log scale, the 1–2–5 steps of each decade inside it.
 */
export function valueTicks(kind: ScaleKind, [d0, d1]: readonly [number, number], count = 5): number[] {
  if (!(d1 > d0)) return [d0];
  if (kind === 'linear') return ticks(d0, d1, count);
  const out: number[] = [];
  for (let exponent = Math.floor(Math.log10(d0)); exponent <= Math.ceil(Math.log10(d1)); exponent++) {
    for (const step of [1, 2, 5]) {
      const value = step * 10 ** exponent;
      if (value >= d0 && value <= d1) out.push(Number(value.toPrecision(12)));
    }
  }
  return out.length >= 2 ? out : [d0, d1];
}

/**
 * A round number at or above `value` (1, 1.2, 1.4, 1.5, 1.6, 2, 2.5, 3, 4, 5, 6, 7 or 8 × 10^k), so
 * the top tick reads well. 1.4 and 1.6 end an axis in steps of 0.2 where 1.5 would not (d3 steps
 * 0–1.5 by 0.2), so a top of 1.23 million is 1.4 million, not 2 million with a third of it empty.
 */
export function niceCeil(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.4, 1.5, 1.6, 2, 2.5, 3, 4, 5, 6, 7, 8, 10].find((m) => m * magnitude >= value) ?? 10;
  return Number((step * magnitude).toPrecision(12));
}

/**
 * The top of a linear axis from zero: a round number at or above the largest value at which
 * d3's ticks land on the top itself, so the axis ends on a labelled line (250 with 50s, not 250
 * with ticks at 0/65/130/195).
 */
export function niceTop(value: number, count = 5): number {
  let top = niceCeil(value);
  for (let i = 0; i < 8 && ticks(0, top, count).at(-1) !== top; i++) top = niceCeil(top * 1.0001);
  return top;
}

/** A chart's plot with its two axes: the scales that place a year across and a value up, and the ticks of each. */
export interface ChartAxes {
  area: PlotArea;
  x: Scale;
  xTicks: number[];
  y: Scale;
  yTicks: number[];
}

/** The axes of a chart over years: `years` across the plot, `domain` up it on a `kind` scale with about `yTickCount` ticks. */
export function yearAxes(
  area: PlotArea,
  years: readonly [number, number],
  domain: readonly [number, number],
  kind: ScaleKind,
  xTicks: number[],
  yTickCount = 5,
): ChartAxes {
  return {
    area,
    x: scaleOf('linear', years, [area.x, area.x + area.width]),
    xTicks,
    y: scaleOf(kind, domain, [area.y + area.height, area.y]),
    yTicks: valueTicks(kind, domain, yTickCount),
  };
}
