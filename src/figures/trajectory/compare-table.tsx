import { ScrollTable } from '../../components/data-table.tsx';
import type { CompareChart, TableRowKind } from './compare-series.ts';

interface CompareTableProps {
  chart: CompareChart;
  caption: string;
  cityHeader: string;
  seriesLabel: (kind: TableRowKind) => string;
  formatValue: (value: number) => string;
}

/** Exactly the plotted numbers: a row per series, a column per year that has a value. */
export function CompareTable({ chart, caption, cityHeader, seriesLabel, formatValue }: CompareTableProps) {
  return (
    <ScrollTable caption={caption} className="data-table--compact">
      <thead>
        <tr>
          <th scope="col">{cityHeader}</th>
          {chart.years.map((year) => (
            <th key={year} scope="col" className="num">
              {year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.table.map((row) => (
          <tr key={`${row.cityId}-${row.kind}`} className={row.kind === 'measured' ? undefined : 'row--path'}>
            <th scope="row">
              {row.name}
              {row.kind !== 'measured' && <span className="muted"> · {seriesLabel(row.kind)}</span>}
            </th>
            {chart.years.map((year) => {
              const value = row.values.get(year);
              return (
                <td key={year} className="num">
                  {value === undefined ? '' : formatValue(value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
