import { useMyCity } from '../../lib/my-city.tsx';
import type { CityLine } from './compare-series.ts';
import { seriesPaint } from './palette.ts';
import { byEnd } from './end-labels.ts';

interface ChartLegendProps {
  lines: CityLine[];
  label: string;
  /** Called with a city id on hover or focus, and null when it ends. */
  onHighlight: (cityId: string | null) => void;
  highlighted: string | null;
}

/**
 * Legend entries are buttons: hovering or focusing one highlights its city and dims the rest. They
 * are listed as the lines end, top first, the order the labels at the lines' ends read in.
 */
export function ChartLegend({ lines, label, onHighlight, highlighted }: ChartLegendProps) {
  const { myCity } = useMyCity();
  return (
    <ul className="legend" aria-label={label} onMouseLeave={() => onHighlight(null)}>
      {byEnd(lines).map((line) => (
        <li key={line.cityId}>
          <button
            type="button"
            className="legend__entry"
            aria-pressed={highlighted === line.cityId}
            onMouseEnter={() => onHighlight(line.cityId)}
            onFocus={() => onHighlight(line.cityId)}
            onBlur={() => onHighlight(null)}
            onClick={() => onHighlight(highlighted === line.cityId ? null : line.cityId)}
          >
            <span className="legend__marker" aria-hidden="true">
              <span className="legend__line" style={{ background: seriesPaint(line.color) }} />
              <span
                className={`legend__shape legend__shape--${line.marker}`}
                style={{ background: seriesPaint(line.color) }}
              />
            </span>
            {line.name}
            {line.cityId === myCity && <span className="badge"> ★</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
