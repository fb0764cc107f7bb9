import { useI18n } from '../../lib/i18n.tsx';
import type { CityLine } from './compare-series.ts';
import { seriesPaint } from './palette.ts';
import { SERIES_STROKES } from './series-paths.tsx';

const STROKES = SERIES_STROKES;
type Entry = keyof typeof STROKES;

interface TrajectoryKeyProps {
  /** The city's line: its colour, and its paths' own colours. */
  line: CityLine;
  /** Entries to list; a path that is not drawn is left out. */
  entries: readonly Entry[];
}

/** What each line pattern of the single-city trajectory means, drawn with the same strokes. */
export function TrajectoryKey({ line, entries }: TrajectoryKeyProps) {
  const { t } = useI18n('figure-trajectory');
  return (
    <ul className="city-key" aria-label={t('city.key.label')}>
      {entries.map((entry) => {
        const color = (entry === 'measured' || entry === 'gap' ? undefined : line.overlayColors[entry]) ?? line.color;
        return (
          <li key={entry}>
            <svg width="36" height="12" aria-hidden="true" className="city-key__sample">
              <line
                x1="2"
                y1="6"
                x2="34"
                y2="6"
                stroke={seriesPaint(color)}
                strokeWidth={STROKES[entry].width}
                strokeDasharray={STROKES[entry].dash}
                strokeLinecap={STROKES[entry].cap}
              />
              {entry === 'measured' && (
                <circle cx="18" cy="6" r="3.5" fill={seriesPaint(color)} stroke="var(--surface, #fff)" />
              )}
            </svg>
            {t(`city.key.${entry}`)}
          </li>
        );
      })}
      {/* The shading after the latest report is drawn only when a path or the trend runs into it. */}
      {entries.some((entry) => entry === 'trend' || entry === 'target' || entry === 'reference') && (
        <li>
          <span className="city-key__future" aria-hidden="true" />
          {t('city.key.future')}
        </li>
      )}
    </ul>
  );
}
