/**
 * The sector-mix figure: a city's emissions by SMHI sector over the years, as a stacked chart,
 * its table and its downloads. Everything outside the figure imports it from here.
 */
export { buildSectorChart, sectorPaint, sectorYear, DARK_SECTOR_COLORS, SECTOR_PALETTE } from './sector-series.ts';
export { SectorChart } from './sector-chart.tsx';
export { SectorTable } from './sector-table.tsx';
export { SectorExport } from './sector-export.tsx';
export { sectorDomain } from './sector-layout.tsx';
