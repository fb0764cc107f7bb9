import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { PeersResponse } from '../../../../contract/peers.ts';
import { EmptyState } from '../../../components/query-states.tsx';
import { formatChange, formatDecimal, formatTonnesChange } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { MethodNote } from '../../../components/method-note.tsx';
import { CuttersTable, type CitySector, type CutMeasure } from './cutters-table.tsx';
import { formatPerCapitaChange } from '../../../lib/peer-format.ts';
import { peersCompareLink } from './compare-link.ts';

/** "Vem minskade snabbast i dina största sektorer": per dominant sector, the city's own change and the top cutters. */
export function FastestCutsSection({ data }: { data: PeersResponse }) {
  const { t, lang } = useI18n('peers');
  const { city } = data;
  const [by, setBy] = useState<CutMeasure>('perCapita');
  return (
    <section className="city-section cuts" aria-labelledby="city-cuts-heading">
      <h2 id="city-cuts-heading">{t('cuts.heading')}</h2>
      {data.dominantSectors.length === 0 ? (
        <EmptyState message={t('peers.none')} />
      ) : (
        <>
          <p className="muted">{t('cuts.intro', { city: city.name, year: city.features?.year ?? '' })}</p>
          <RankByControl by={by} onChange={setBy} />
          {data.dominantSectors.map((sector) => (
            <DominantSectorBlock key={sector.sectorId} cityId={city.id} cityName={city.name} sector={sector} by={by} />
          ))}
          <p className="muted">{t('cuts.compareNote')}</p>
          <MethodNote
            texts={[data.methods.dominantSectors[lang], data.methods.fastestCuts[lang]]}
            about={t('cuts.heading')}
          />
        </>
      )}
    </section>
  );
}

/** Which change the cutters are ranked by: per person (the default) or in percent, with what each favours. */
function RankByControl({ by, onChange }: { by: CutMeasure; onChange: (by: CutMeasure) => void }) {
  const { t } = useI18n('peers');
  const name = useId();
  return (
    <fieldset className="control cuts__by">
      <legend>{t('cuts.rankBy')}</legend>
      <div className="segmented">
        {(['perCapita', 'percent'] as const).map((measure) => (
          <label key={measure} className={by === measure ? 'is-checked' : undefined}>
            <input
              type="radio"
              name={name}
              value={measure}
              checked={by === measure}
              onChange={() => onChange(measure)}
            />
            {t(`cuts.by.${measure}`)}
          </label>
        ))}
      </div>
      <p className="muted">{t('cuts.percentNote')}</p>
    </fieldset>
  );
}

function DominantSectorBlock({ cityId, cityName, sector, by }: CitySector & { by: CutMeasure }) {
  const { t, lang } = useI18n('peers');
  const { own } = sector;
  const ranking = by === 'percent' ? sector.byPercent : sector;
  const headingId = `cuts-${sector.sectorId}`;
  return (
    <div className="cuts__sector" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('cuts.sector', {
          sector: sector.label[lang],
          share: `${formatDecimal(sector.sharePercent, lang, 1)} %`,
          city: cityName,
        })}
      </h3>
      <p className="cuts__own">
        {own && own.changeTonnesPerCapita !== null && ranking.ownRank !== null
          ? t('cuts.own', {
              city: cityName,
              perCapita: formatPerCapitaChange(own.changeTonnesPerCapita, lang),
              tonnes: formatTonnesChange(own.changeTonnes, lang),
              percent: own.changePercent !== null ? formatChange(own.changePercent, lang) : t('cuts.noPercent'),
              rank: ranking.ownRank,
              of: ranking.of,
              by: t(`cuts.own.${by}`),
            })
          : t('cuts.ownNone', { city: cityName })}
      </p>
      {ranking.cutters.length === 0 ? (
        <p>{t(by === 'percent' ? 'cuts.nonePercent' : 'cuts.none')}</p>
      ) : (
        <>
          <CuttersTable cityId={cityId} cityName={cityName} sector={sector} by={by} />
          {ranking.cutters.length > 0 && (
            <p className="cuts__all">
              <Link className="button-link" to={peersCompareLink([cityId, ...ranking.cutters.map((c) => c.cityId)])}>
                {t('cuts.compareAll', { city: cityName, count: ranking.cutters.length })} →
              </Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
