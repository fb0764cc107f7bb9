/**
 * The options of a slide in the deck builder, one component a kind of slide with options: the
 * map's measure and day, the comparison's measure and cities, and the city of a city slide.
 */
import type { CitySummary } from '../../../contract/cities.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { MAP_MEASURES, type MapMeasure } from '../../figures/map/index.ts';
import { parseCompareMeasure, type SlideSpec } from './deck.ts';

const COMPARE_CHOICES = ['total', 'per-capita', 'indexed-1990', 'indexed-2015', 'indexed-2020'] as const;

interface MapOptionsProps {
  slide: Extract<SlideSpec, { kind: 'map' }>;
  onChange: (slide: SlideSpec) => void;
}

/** A map slide's measure and the day it shows the contract as of. */
export function MapOptions({ slide, onChange }: MapOptionsProps) {
  const { t } = useI18n(['present', 'figure-map', 'figure-trajectory']);
  return (
    <div className="builder-row__options">
      <label>
        {t('map.measure')}{' '}
        <select value={slide.measure} onChange={(e) => onChange({ ...slide, measure: e.target.value as MapMeasure })}>
          {MAP_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`figure-map:map.measure.${m}`)}
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
  );
}

interface CompareOptionsProps {
  slide: Extract<SlideSpec, { kind: 'compare' }>;
  cities: CitySummary[];
  onChange: (slide: SlideSpec) => void;
}

/** A comparison slide's measure and the cities it compares. */
export function CompareOptions({ slide, cities, onChange }: CompareOptionsProps) {
  const { t } = useI18n(['present', 'figure-map', 'figure-trajectory']);
  return (
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
                ? t('figure-trajectory:compare.measure.indexedBase', { base: choice.slice(-4) })
                : t(`figure-trajectory:compare.measure.${choice as 'total' | 'per-capita'}`)}
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
  );
}

interface CityOptionsProps {
  slide: Extract<SlideSpec, { kind: 'city' }>;
  cities: CitySummary[];
  onChange: (slide: SlideSpec) => void;
}

/** The city a city slide is about. */
export function CityOptions({ slide, cities, onChange }: CityOptionsProps) {
  const { t } = useI18n(['present', 'figure-map', 'figure-trajectory']);
  return (
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
  );
}
