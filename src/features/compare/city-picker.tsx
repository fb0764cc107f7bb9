import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Cohort, Municipality } from '../../../contract/roster.ts';
import { compareNames } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { cityQueries } from '../../api/queries/cities.ts';
import { cohortsWithMembers, idsInCohort, isMissionCity, twinPairs } from '../../lib/roster.ts';

interface CityPickerProps {
  /** Every municipality, the programme's members marked (`inProgramme`). */
  cities: Municipality[];
  cohorts: Cohort[];
  selected: string[];
  onChange: (ids: string[]) => void;
}

/**
 * The municipalities whose name or county contains the query; for a blank one, the programme's
 * members and whatever else is chosen.
 */
function matching(
  cities: Municipality[],
  query: string,
  lang: 'sv' | 'en',
  chosen: ReadonlySet<string>,
): Municipality[] {
  const needle = query.trim().toLocaleLowerCase(lang === 'sv' ? 'sv-SE' : 'en-GB');
  return needle
    ? cities.filter(
        (c) =>
          c.name.toLocaleLowerCase('sv-SE').includes(needle) || c.lan.name.toLocaleLowerCase('sv-SE').includes(needle),
      )
    : cities.filter((c) => c.inProgramme || chosen.has(c.id));
}

interface CityChecklistProps {
  cities: Municipality[];
  chosen: ReadonlySet<string>;
  toggle: (id: string) => void;
}

/** A checkbox for each city shown; one outside the programme says so. */
function CityChecklist({ cities, chosen, toggle }: CityChecklistProps) {
  const { t } = useI18n('compare');
  return (
    <ul className="picker__list">
      {cities.map((city) => (
        <li key={city.id}>
          <label>
            <input type="checkbox" checked={chosen.has(city.id)} onChange={() => toggle(city.id)} /> {city.name}
            {!city.inProgramme && <span className="picker__outside"> ({t('compare.outside')})</span>}
          </label>
        </li>
      ))}
    </ul>
  );
}

interface CityPresetsProps {
  cities: Municipality[];
  cohorts: Cohort[];
  choose: (ids: Iterable<string>) => void;
  /** Chooses the cities that had signed on the day. */
  onSignedBy: (date: string) => void;
}

/** The roster's presets: the programme, each cohort with members, the twin pairs, the EU Mission, everyone. */
function RosterPresets({ cities, cohorts, choose }: Omit<CityPresetsProps, 'onSignedBy'>) {
  const { t, lang } = useI18n('compare');
  const members = cities.filter((c) => c.inProgramme);
  const twins = twinPairs(members);
  const mission = cities.filter(isMissionCity);
  return (
    <>
      <button type="button" className="chip" onClick={() => choose(members.map((c) => c.id))}>
        {t('compare.preset.all', { count: members.length })}
      </button>
      {cohortsWithMembers(members, cohorts).map((cohort) => (
        <button key={cohort.id} type="button" className="chip" onClick={() => choose(idsInCohort(members, cohort.id))}>
          {cohort.label[lang]}
        </button>
      ))}
      {twins.length > 0 && (
        <button type="button" className="chip" onClick={() => choose(twins.flat())}>
          {t('compare.preset.twins')}
        </button>
      )}
      {mission.length > 0 && (
        <button type="button" className="chip" onClick={() => choose(mission.map((c) => c.id))}>
          {t('compare.preset.mission')}
        </button>
      )}
      <button type="button" className="chip" onClick={() => choose(cities.map((c) => c.id))}>
        {t('compare.preset.everyone', { count: cities.length })}
      </button>
    </>
  );
}

/**
 * The presets, all from the roster: the programme, each cohort with members, the twin pairs, the EU
 * Mission's cities, every municipality, none, the programme's cities in a county, or signed by a day.
 */
function CityPresets({ cities, cohorts, choose, onSignedBy }: CityPresetsProps) {
  const { t } = useI18n('compare');
  const [signedBy, setSignedBy] = useState('2021-10-31');
  const members = cities.filter((c) => c.inProgramme);
  const lans = [...new Map(members.map((c) => [c.lan.code, c.lan.name])).entries()].sort((a, b) =>
    compareNames(a[1], b[1]),
  );
  return (
    <div className="picker__presets" role="group" aria-label={t('compare.presets')}>
      <RosterPresets cities={cities} cohorts={cohorts} choose={choose} />
      <button type="button" className="chip" onClick={() => choose([])}>
        {t('compare.preset.none')}
      </button>
      <label className="picker__inline">
        <span className="visually-hidden">{t('compare.preset.lan')}</span>
        <select
          value=""
          onChange={(e) => choose(members.filter((c) => c.lan.code === e.target.value).map((c) => c.id))}
        >
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
export function CityPicker({ cities, cohorts, selected, onChange }: CityPickerProps) {
  const { t, lang } = useI18n('compare');
  const queryClient = useQueryClient();
  const [query, setQuery] = useState('');
  const [presetNote, setPresetNote] = useState<string | null>(null);
  const searchId = useId();
  const chosen = new Set(selected);
  const visible = matching(cities, query, lang, chosen);
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
        <span className="muted">
          ({t('compare.selected', { count: selected.length, total: cities.filter((c) => c.inProgramme).length })})
        </span>
      </legend>
      <CityPresets cities={cities} cohorts={cohorts} choose={choose} onSignedBy={(date) => void applySignedBy(date)} />
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
