import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { CitySummary } from '../../../contract/cities.ts';
import { compareNames } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { cityQueries } from '../../api/queries/cities.ts';

interface CityPickerProps {
  cities: CitySummary[];
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** The cities whose name or county contains the query (all of them for a blank one). */
function matching(cities: CitySummary[], query: string, lang: 'sv' | 'en'): CitySummary[] {
  const needle = query.trim().toLocaleLowerCase(lang === 'sv' ? 'sv-SE' : 'en-GB');
  return needle
    ? cities.filter(
        (c) =>
          c.name.toLocaleLowerCase('sv-SE').includes(needle) || c.lan.name.toLocaleLowerCase('sv-SE').includes(needle),
      )
    : cities;
}

interface CityChecklistProps {
  cities: CitySummary[];
  chosen: ReadonlySet<string>;
  toggle: (id: string) => void;
}

/** A checkbox for each city shown. */
function CityChecklist({ cities, chosen, toggle }: CityChecklistProps) {
  return (
    <ul className="picker__list">
      {cities.map((city) => (
        <li key={city.id}>
          <label>
            <input type="checkbox" checked={chosen.has(city.id)} onChange={() => toggle(city.id)} /> {city.name}
          </label>
        </li>
      ))}
    </ul>
  );
}

interface CityPresetsProps {
  cities: CitySummary[];
  choose: (ids: Iterable<string>) => void;
  /** Chooses the cities that had signed on the day. */
  onSignedBy: (date: string) => void;
}

/** The presets: all, none, a wave, a county, or the cities signed by a day. */
function CityPresets({ cities, choose, onSignedBy }: CityPresetsProps) {
  const { t } = useI18n('compare');
  const [signedBy, setSignedBy] = useState('2021-10-31');
  const lans = [...new Map(cities.map((c) => [c.lan.code, c.lan.name])).entries()].sort((a, b) =>
    compareNames(a[1], b[1]),
  );
  return (
    <div className="picker__presets" role="group" aria-label={t('compare.presets')}>
      <button type="button" className="chip" onClick={() => choose(cities.map((c) => c.id))}>
        {t('compare.preset.all', { count: cities.length })}
      </button>
      <button
        type="button"
        className="chip"
        onClick={() => choose(cities.filter((c) => c.wave === 1).map((c) => c.id))}
      >
        {t('compare.preset.wave1')}
      </button>
      <button
        type="button"
        className="chip"
        onClick={() => choose(cities.filter((c) => c.wave === 2).map((c) => c.id))}
      >
        {t('compare.preset.wave2')}
      </button>
      <button type="button" className="chip" onClick={() => choose([])}>
        {t('compare.preset.none')}
      </button>
      <label className="picker__inline">
        <span className="visually-hidden">{t('compare.preset.lan')}</span>
        <select value="" onChange={(e) => choose(cities.filter((c) => c.lan.code === e.target.value).map((c) => c.id))}>
          <option value="">{t('compare.preset.lanChoose')}</option>
          {lans.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <span className="picker__inline">
        <label>
          {t('compare.preset.signedBy')}{' '}
          <input
            type="date"
            value={signedBy}
            min="1990-01-01"
            max="2100-12-31"
            onChange={(e) => setSignedBy(e.target.value)}
          />
        </label>
        <button type="button" className="chip" disabled={!signedBy} onClick={() => onSignedBy(signedBy)}>
          {t('compare.preset.apply')}
        </button>
      </span>
    </div>
  );
}

/** Choose cities by searching the list or by preset: all, a wave, a county, or signed by a date. */
export function CityPicker({ cities, selected, onChange }: CityPickerProps) {
  const { t, lang } = useI18n('compare');
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const [presetNote, setPresetNote] = useState<string | null>(null);
  const searchId = useId();
  const chosen = new Set(selected);
  const visible = matching(cities, query, lang);
  const ordered = (ids: Iterable<string>) => {
    const set = new Set(ids);
    return cities.filter((c) => set.has(c.id)).map((c) => c.id);
  };
  const choose = (ids: Iterable<string>) => {
    setPresetNote(null);
    onChange(ordered(ids));
  };
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    choose(next);
  };
  const applySignedBy = async (signedBy: string) => {
    // The contract rule lives on the server: ask it who had signed on that day.
    const answer = await queryClient.fetchQuery(cityQueries.list(signedBy));
    const ids = answer.cities.filter((c) => c.contract.status === 'signed').map((c) => c.id);
    onChange(ordered(ids));
    setPresetNote(ids.length === 0 ? t('compare.preset.signedByEmpty', { date: signedBy }) : null);
  };

  return (
    <fieldset className="picker">
      <legend>
        {t('compare.cities')}{' '}
        <span className="muted">({t('compare.selected', { count: selected.length, total: cities.length })})</span>
      </legend>
      <CityPresets cities={cities} choose={choose} onSignedBy={(date) => void applySignedBy(date)} />
      {presetNote && (
        <p className="note" role="status">
          {presetNote}
        </p>
      )}
      <label htmlFor={searchId} className="picker__search-label">
        {t('compare.search')}
      </label>
      <input
        id={searchId}
        type="search"
        className="picker__search"
        placeholder={t('compare.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <CityChecklist cities={visible} chosen={chosen} toggle={toggle} />
      {visible.length === 0 && <p className="muted">{t('compare.noMatch', { query })}</p>}
    </fieldset>
  );
}
