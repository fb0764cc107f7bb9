import { useI18n } from '../../lib/i18n.tsx';
import { MAP_MEASURES, type MapMeasure } from '../../figures/map/index.ts';

/** The measure that colours the marks, as a radio group; the page writes the choice to the URL. */
export function MapControls({ measure, onChange }: { measure: MapMeasure; onChange: (measure: MapMeasure) => void }) {
  const { t } = useI18n(['map', 'figure-map']);
  return (
    <fieldset className="control map-controls">
      <legend>{t('map.measure')}</legend>
      <div className="segmented">
        {MAP_MEASURES.map((m) => (
          <label key={m} className={m === measure ? 'is-checked' : undefined}>
            <input type="radio" name="map-measure" value={m} checked={m === measure} onChange={() => onChange(m)} />
            {t(`figure-map:map.measure.${m}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
