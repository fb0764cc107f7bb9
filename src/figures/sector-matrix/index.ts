/**
import './sector-matrix.css';
 * The sector matrix: every city's change per sector in one table, sortable, with its legend and
 * its CSV rows. Everything outside the figure imports it from here.
 */
export { nextSort, parseMatrixView, sortMatrix, type MatrixView } from './matrix-state.ts';
export { matrixCsvRows } from './matrix-rows.ts';
export { MatrixTable } from './matrix-table.tsx';
export { MatrixLegend } from './matrix-legend.tsx';
