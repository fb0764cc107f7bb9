import { useId } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { useMyCity } from '../lib/my-city.tsx';

/** Choose "my city", remembered in this browser. Takes the list; never fetches. */
export function MyCityPicker({ cities }: { cities: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const { myCity, setMyCity } = useMyCity();
  const id = useId();
  return (
    <div className="my-city-picker">
      <label htmlFor={id}>{t('myCity.label')}</label>{' '}
      <select
        id={id}
        value={myCity ?? ''}
        onChange={(e) => setMyCity(e.target.value || null)}
        aria-describedby={`${id}-hint`}
      >
        <option value="">{t('myCity.none')}</option>
        {cities.map((city) => (
          <option key={city.id} value={city.id}>
            {city.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted my-city-picker__hint">
        {t('myCity.hint')}
      </p>
    </div>
  );
}
