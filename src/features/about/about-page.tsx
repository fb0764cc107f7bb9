import { SourcedText } from '../../components/sourced-text.tsx';
import { useQuery } from '@tanstack/react-query';
import { QueryGate } from '../../components/query-gate.tsx';
import { formatDay } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { cityQueries } from '../../api/queries/cities.ts';
import { contractQueries } from '../../api/queries/contracts.ts';
import { DataSourceNote } from '../../components/data-source-note.tsx';
import { programmeQueries } from '../../api/queries/programme.ts';
import { AboutComparison, AboutRoster } from './about-roster.tsx';

/** `/about`: what the figures are, which release, and where each contract date comes from. */
export function AboutPage() {
  const { t, lang } = useI18n('about');
  useDocumentTitle(t('about.heading'), t('app.title'));
  const cities = useQuery(cityQueries.list());
  const contracts = useQuery(contractQueries.list());
  const comparison = useQuery(programmeQueries.comparison());
  return (
    <article className="page page--prose">
      <h1>{t('about.heading')}</h1>
      <p className="lede">{t('about.intro')}</p>
      <h2>{t('about.releases')}</h2>
      <p>{t('about.releasesBody')}</p>
      <QueryGate queries={[cities]}>{(data) => <DataSourceNote data={data} />}</QueryGate>
      <QueryGate queries={[cities]}>{(data) => <AboutRoster data={data} />}</QueryGate>
      <QueryGate queries={[comparison]}>{(data) => <AboutComparison data={data} />}</QueryGate>
      <h2>{t('about.contracts')}</h2>
      <QueryGate queries={[contracts]}>
        {(contractsData) => (
          <>
            <ol className="version-list">
              {contractsData.versions.map((version) => (
                <li key={version.id}>
                  <strong>{t('about.version', { id: version.id, date: formatDay(version.signingDay, lang) })}</strong>
                  <span className="muted">
                    {' '}
                    —{' '}
                    {t('about.signatories', {
                      contracts: version.contractSignatories,
                      letters: version.letterOfIntentSignatories,
                    })}
                    {contractsData.signings.some((s) => s.versionId === version.id && s.dateCertainty === 'inferred') &&
                      ` ${t('about.inferred')}`}
                  </span>
                  <p>
                    <SourcedText text={version.note[lang]} sources={contractsData.sources} />
                  </p>
                </li>
              ))}
            </ol>
            <p>
              <SourcedText text={contractsData.note[lang]} sources={contractsData.sources} />
            </p>
            <h3>{t('about.sources')}</h3>
            <ul className="source-list">
              {contractsData.sources.map((source) => (
                <li key={source.id}>
                  <a href={source.url} rel="noopener noreferrer">
                    {source.title[lang]}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryGate>
    </article>
  );
}
