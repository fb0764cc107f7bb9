import type { CompareChart } from './compare-series.ts';
import { seriesPaint } from './palette.ts';

type Kind = 'measured' | 'target' | 'reference' | 'trend';

interface ChartTooltipProps {
  chart: CompareChart;
  highlighted: string | null;
  formatValue: (value: number) => string;
  seriesLabel: (kind: Kind) => string;
  /** Injected by recharts. */
  active?: boolean;
  label?: number | string;
}

/** The values at the hovered year, largest first; with a highlighted city, only its lines. */
export function ChartTooltip({ chart, highlighted, formatValue, seriesLabel, active, label }: ChartTooltipProps) {
  if (!active || label === undefined) return null;
  const year = Number(label);
  const row = chart.rows.find((r) => r.year === year);
  if (!row) return null;
  const entries: { key: string; name: string; color: string; kind: Kind; value: number }[] = [];
  for (const line of chart.lines) {
    if (highlighted !== null && line.cityId !== highlighted) continue;
    const measured = row[line.measuredKey];
    if (typeof measured === 'number')
      entries.push({ key: line.measuredKey, name: line.name, color: line.color, kind: 'measured', value: measured });
    for (const [overlay, key] of Object.entries(line.overlayKeys)) {
      const value = row[key];
      if (typeof value === 'number')
        entries.push({ key, name: line.name, color: line.color, kind: overlay as Kind, value });
    }
  }
  if (entries.length === 0) return null;
  entries.sort((a, b) => b.value - a.value);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__year">{year}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className="swatch" style={{ background: seriesPaint(entry.color) }} aria-hidden="true" />
            <span className="chart-tooltip__name">
              {entry.name}
              {entry.kind !== 'measured' && <span className="muted"> · {seriesLabel(entry.kind)}</span>}
            </span>
            <span className="chart-tooltip__value">{formatValue(entry.value)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
