/** The sector matrix as CSV: one row per city in the order on screen, raw figures in all three units. */
import type { SectorChangesResponse } from '../../../contract/peers.ts';
import type { Lang } from '../../lib/format.ts';
import type { Translate } from '../../lib/i18n.tsx';
import type { CsvRow } from '../../components/export/csv.ts';
import type { MatrixRow } from './matrix-state.ts';
import { cellChange } from './matrix-state.ts';

/** Header: city, id, then per column (total and each sector) tonnes, percent and t per person; the release last. */
export function matrixCsvRows(
  data: SectorChangesResponse,
  rows: readonly MatrixRow[],
  { t, lang }: { t: Translate<'figure-sector-matrix'>; lang: Lang },
): CsvRow[] {
  const columns = [
    { id: 'total', label: t('matrix.total') },
    ...data.sectors.map((s) => ({ id: s.id, label: s.label[lang] })),
  ];
  const span = `${data.fromYear}–${data.toYear}`;
  const header = [
    t('export.csv.city'),
    t('export.csv.id'),
    ...columns.flatMap((c) => [
      `${c.label} ${span}, ${t('matrix.unit.tonnes')}`,
      `${c.label} ${span}, %`,
      `${c.label} ${span}, ${t('matrix.unit.perCapita')}`,
    ]),
    t('export.csv.source'),
  ];
  const body = rows.map((row): CsvRow => [
    row.name,
    row.cityId,
    ...columns.flatMap((c) => {
      const change = cellChange(row, c.id);
      return [change?.changeTonnes ?? null, change?.changePercent ?? null, change?.changeTonnesPerCapita ?? null];
    }),
    data.release.label[lang],
  ]);
  return [header, ...body];
}
