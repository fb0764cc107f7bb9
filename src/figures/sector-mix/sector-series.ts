/**
 * Pure shaping of one city's sector emissions into a stacked area chart and a
 * table for one year. Only reported years become rows, so nothing is plotted at a
 * year SMHI did not report; the unreported stretches come back as `gaps` for the
 * chart to mark. It selects and orders the server's figures; the only arithmetic is
 * each sector's share of the reported total. Tested without a DOM.
 */
import type { EmissionSeries, Sector } from '../../../contract/index.ts';
import type { Lang } from '../../lib/format.ts';

/**
 * Paul Tol's "muted" qualitative scheme: nine colours chosen to stay apart for the
 * common colour-vision deficiencies, one per SMHI main sector.
 */
export const SECTOR_PALETTE = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;
/** For a sector id the sectors list does not name (should not happen; shown rather than dropped). */
export const UNKNOWN_SECTOR_COLOR = '#777777';

/**
 * Dark-theme stand-ins for the sector colours too dark for the dark ground (indigo, green,
 * wine), by position in SECTOR_PALETTE; at least 3:1 on the dark surface. styles.css
 * declares them as `--sector-N` (kept in step by a unit test); the rest read well on both.
 */
export const DARK_SECTOR_COLORS: Readonly<Record<number, string>> = { 1: '#8A7FE0', 3: '#2E9B55', 5: '#D05A8E' };

/** What to paint a sector's colour with on screen: its `--sector-N` custom property, falling back to the colour. */
export function sectorPaint(color: string): string {
  const position = SECTOR_PALETTE.indexOf(color as (typeof SECTOR_PALETTE)[number]);
  return position < 0 ? color : `var(--sector-${position}, ${color})`;
}

export interface SectorStyle {
  id: string;
  /** The sector's name in the reader's language. */
  label: string;
  /** Fixed by the sector's place in SMHI's list, so a sector keeps its colour on every city's page. */
  color: string;
}

/** One reported year: the reported total and a value per sector id. */
export type SectorRow = { year: number; total: number } & Record<string, number>;

export interface SectorChart {
  /** Bottom of the stack first: the largest sector in the latest reported year at the bottom. */
  sectors: SectorStyle[];
  /** One row per reported year with sector figures, ascending; no rows in between. */
  rows: SectorRow[];
  /** The reported years around each unreported stretch, e.g. [2005, 2010]. */
  gaps: [number, number][];
}

export interface SectorShare extends SectorStyle {
  tonnesCo2e: number;
  /** Share of the year's reported total, in percent; null when the total is zero. */
  sharePercent: number | null;
}

export interface SectorYear {
  year: number;
  totalTonnes: number;
  /** Largest first. */
  sectors: SectorShare[];
}

type SectorPoint = EmissionSeries['points'][number] & { sectors: Record<string, number> };

function withSectors(series: EmissionSeries): SectorPoint[] {
  return series.points.filter((p): p is SectorPoint => p.sectors !== undefined && Object.keys(p.sectors).length > 0);
}

/** Styles for every sector id in the list and in the data, keyed by id. */
export function sectorStyles(
  sectors: readonly Sector[],
  dataIds: Iterable<string>,
  lang: Lang,
): Map<string, SectorStyle> {
  const styles = new Map<string, SectorStyle>();
  sectors.forEach((sector, i) => {
    styles.set(sector.id, {
      id: sector.id,
      label: sector.label[lang],
      color: SECTOR_PALETTE[i % SECTOR_PALETTE.length] ?? UNKNOWN_SECTOR_COLOR,
    });
  });
  for (const id of dataIds) if (!styles.has(id)) styles.set(id, { id, label: id, color: UNKNOWN_SECTOR_COLOR });
  return styles;
}

/** Reported years with sector figures, ascending. */
export function sectorYears(series: EmissionSeries): number[] {
  return withSectors(series).map((p) => p.year);
}

/**
 * @param series one city's emissions, fetched with `sectors=true`
 * @param sectors SMHI's sectors in their published order (from `/api/v1/sectors`)
 */
export function buildSectorChart(series: EmissionSeries, sectors: readonly Sector[], lang: Lang): SectorChart {
  const points = withSectors(series);
  const ids = new Set(points.flatMap((p) => Object.keys(p.sectors)));
  const styles = sectorStyles(sectors, ids, lang);
  const listOrder = [...styles.keys()];
  const latest = points.at(-1)?.sectors ?? {};
  const order = [...ids].sort(
    (a, b) => (latest[b] ?? 0) - (latest[a] ?? 0) || listOrder.indexOf(a) - listOrder.indexOf(b),
  );

  const rows = points.map((point) => {
    const row: SectorRow = { year: point.year, total: point.tonnesCo2e };
    // A sector missing in one year is drawn as zero there, so the stack stays closed.
    for (const id of order) row[id] = point.sectors[id] ?? 0;
    return row;
  });
  const gaps: [number, number][] = [];
  points.forEach((point, i) => {
    const next = points[i + 1];
    if (next && next.year - point.year > 1) gaps.push([point.year, next.year]);
  });
  return { sectors: order.map((id) => styles.get(id) as SectorStyle), rows, gaps };
}

/** The sectors of one reported year with their shares; null when the year has no sector figures. */
export function sectorYear(
  series: EmissionSeries,
  sectors: readonly Sector[],
  year: number,
  lang: Lang,
): SectorYear | null {
  const point = withSectors(series).find((p) => p.year === year);
  if (!point) return null;
  const styles = sectorStyles(sectors, Object.keys(point.sectors), lang);
  const total = point.tonnesCo2e;
  const shares = Object.entries(point.sectors).map(([id, tonnesCo2e]) => ({
    ...(styles.get(id) as SectorStyle),
    tonnesCo2e,
    sharePercent: total === 0 ? null : (tonnesCo2e / total) * 100,
  }));
  shares.sort((a, b) => b.tonnesCo2e - a.tonnesCo2e);
  return { year, totalTonnes: total, sectors: shares };
}
