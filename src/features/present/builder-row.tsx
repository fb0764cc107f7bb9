import type { CitySummary } from '../../../contract/cities.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { MAP_MEASURES, type MapMeasure } from '../../figures/map/index.ts';
import { parseCompareMeasure, type SlideSpec } from './deck.ts';

const COMPARE_CHOICES = ['total', 'per-capita', 'indexed-1990', 'indexed-2015', 'indexed-2020'] as const;

interface BuilderRowProps {
  slide: SlideSpec;
  index: number;
  count: number;
  cities: CitySummary[];
  onChange: (slide: SlideSpec) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One slide of the deck being built: what it shows, its options, and buttons to move or remove it. */
export function BuilderRow({ slide, index, count, cities, onChange, onMove, onRemove }: BuilderRowProps) {
  const { t } = useI18n();
  const n = index + 1;
  const id = `slide-${n}`;
  return (
    <li className="builder-row" data-kind={slide.kind}>
      <div className="builder-row__head">
        <h3 id={`${id}-name`}>{t('present.builder.slide', { number: n, kind: t(`present.kind.${slide.kind}`) })}</h3>
        <div className="builder-row__buttons">
          <button
            type="button"
            className="present-action"
            onClick={() => onMove(-1)}
            disabled={index === 0}
            aria-label={t('present.builder.up', { number: n })}
          >
            ↑
          </button>
          <button
            type="button"
            className="present-action"
            onClick={() => onMove(1)}
            disabled={index === count - 1}
            aria-label={t('present.builder.down', { number: n })}
          >
            ↓
          </button>
          <button
            type="button"
            className="present-action"
            onClick={onRemove}
            aria-label={t('present.builder.remove', { number: n })}
          >
            ✕
          </button>
        </div>
      </div>
      {slide.kind === 'map' && (
        <div className="builder-row__options">
          <label>
            {t('map.measure')}{' '}
            <select
              value={slide.measure}
              onChange={(e) => onChange({ ...slide, measure: e.target.value as MapMeasure })}
            >
              {MAP_MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t(`map.measure.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('present.builder.asOf')}{' '}
            <input
              type="date"
              value={slide.asOf ?? ''}
              min="1990-01-01"
              max="2100-12-31"
              onChange={(e) => onChange({ ...slide, asOf: e.target.value || null })}
            />
          </label>
        </div>
      )}
      {slide.kind === 'compare' && (
        <div className="builder-row__options">
          <label>
            {t('compare.measure')}{' '}
            <select
              value={slide.measure === 'indexed' ? `indexed-${slide.base}` : slide.measure}
              onChange={(e) => onChange({ ...slide, ...(parseCompareMeasure(e.target.value) ?? { measure: 'total' }) })}
            >
              {COMPARE_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice.startsWith('indexed')
                    ? t('compare.measure.indexedBase', { base: choice.slice(-4) })
                    : t(`compare.measure.${choice as 'total' | 'per-capita'}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="builder-row__cities">
            <legend>{t('present.builder.cities')}</legend>
            {cities.map((city) => (
              <label key={city.id}>
                <input
                  type="checkbox"
                  checked={slide.cities.includes(city.id)}
                  onChange={(e) =>
                    onChange({
                      ...slide,
                      cities: e.target.checked ? [...slide.cities, city.id] : slide.cities.filter((c) => c !== city.id),
                    })
                  }
                />
                {city.name}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      {slide.kind === 'city' && (
        <div className="builder-row__options">
          <label>
            {t('table.name')}{' '}
            <select value={slide.city} onChange={(e) => onChange({ ...slide, city: e.target.value })}>
              {cities.map((city) => (
                <option key={city.id} value={city.id}>
                  {city.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </li>
  );
}
