/**
 * The standings figure: the cities ranked by a measure, as a list with its CSV export.
 * Everything outside the figure imports it from here.
 */
export { RANK_LABELS, parseMeasure } from './rank-measures.ts';
export { StandingsList } from './standings-list.tsx';
