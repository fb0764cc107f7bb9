import { SourcedText } from '../../components/sourced-text.tsx';
import type { CityDetailResponse } from '../../../contract/cities.ts';
import { formatDay } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

type Signing = CityDetailResponse['contractHistory'][number];
type Source = CityDetailResponse['contractSources'][number];

/** One signed version: its kind and day, the note, and links to its sources. */
function SigningItem({ signing, sources }: { signing: Signing; sources: ReadonlyMap<Source['id'], Source> }) {
  const { t, lang } = useI18n('city');
  return (
    <li>
      <strong>{t('city.contract.version', { version: signing.versionId })}</strong>:{' '}
      {t(`city.contract.kind.${signing.kind}`)},{' '}
      {t('city.contract.signed', { date: formatDay(signing.signedOn, lang) })}
      {signing.dateCertainty === 'inferred' && (
        <>
          <span className="status__inferred" aria-hidden="true">
            *
          </span>
          <span className="visually-hidden"> ({t('table.inferred')})</span>
        </>
      )}
      <p className="muted">
        {t('city.contract.noteLang')} <SourcedText text={signing.note[lang]} sources={[...sources.values()]} />
      </p>
      {signing.sourceIds.length > 0 && (
        <p className="city-contract__sources">
          {t('city.contract.sources')}{' '}
          {signing.sourceIds.map((id, i) => {
            const source = sources.get(id);
            return (
              <span key={id}>
                {i > 0 && '; '}
                {source ? (
                  <a href={source.url} rel="noopener noreferrer">
                    {source.title[lang]}
                  </a>
                ) : (
                  id
                )}
              </span>
            );
          })}
        </p>
      )}
    </li>
  );
}

/** Every yearly version of Klimatkontrakt 2030 the city signed, with the kind, the day and its sources. */
export function ContractHistory({ detail }: { detail: CityDetailResponse }) {
  const { t, lang } = useI18n('city');
  const { contractHistory, contractSources, city } = detail;
  const sources = new Map(contractSources.map((s) => [s.id, s]));
  const anyInferred = contractHistory.some((s) => s.dateCertainty === 'inferred');
  const { contract } = city;
  return (
    <section className="city-section" aria-labelledby="city-contract-heading">
      <h2 id="city-contract-heading">{t('city.contract.heading')}</h2>
      <p className={`status status--${contract.status} city-contract__status`}>
        <span className="status__label">{t(`status.${contract.status}`)}</span>
        {contract.firstSignedOn && (
          <span className="status__date">
            {t('status.since', { date: formatDay(contract.firstSignedOn, lang) })}
            {contract.firstSignedDateCertainty === 'inferred' && '*'}
          </span>
        )}
      </p>
      {contractHistory.length === 0 ? (
        <p>{t('city.contract.none')}</p>
      ) : (
        <ol className="version-list city-contract__list">
          {contractHistory.map((signing) => (
            <SigningItem key={`${signing.versionId}-${signing.kind}`} signing={signing} sources={sources} />
          ))}
        </ol>
      )}
      {(anyInferred || contract.firstSignedDateCertainty === 'inferred') && (
        <p className="footnote city-footnote">{t('table.inferredNote')}</p>
      )}
    </section>
  );
}
