import { sectorPaint, type SectorChart } from './sector-series.ts';

interface SectorTooltipProps {
  chart: SectorChart;
  formatValue: (value: number) => string;
  totalLabel: string;
  /** Injected by recharts. */
  active?: boolean;
  label?: number | string;
}

/** The sectors of the hovered reported year, top of the stack first, and the total. */
export function SectorTooltip({ chart, formatValue, totalLabel, active, label }: SectorTooltipProps) {
  if (!active || label === undefined) return null;
  const row = chart.rows.find((r) => r.year === Number(label));
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__year">{row.year}</p>
      <ul>
        {[...chart.sectors].reverse().map((sector) => (
          <li key={sector.id}>
            <span className="swatch" style={{ background: sectorPaint(sector.color) }} aria-hidden="true" />
            <span className="chart-tooltip__name">{sector.label}</span>
            <span className="chart-tooltip__value">{formatValue(row[sector.id] ?? 0)}</span>
          </li>
        ))}
        <li className="chart-tooltip__total">
          <span className="chart-tooltip__name">{totalLabel}</span>
          <span className="chart-tooltip__value">{formatValue(row.total)}</span>
        </li>
      </ul>
    </div>
  );
}
