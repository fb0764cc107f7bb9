import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { STANDINGS_MEASURES } from '../../../contract/measures.ts';
import { MyCityPicker } from '../../components/my-city-picker.tsx';
import { QueryGate } from '../../components/query-gate.tsx';
import { compareNames } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { StandingsList, parseMeasure, RANK_LABELS } from '../../figures/standings/index.ts';
import { standingQueries } from '../../api/queries/standings.ts';
import { MyCitySentence } from './my-city-sentence.tsx';

/** `/standings?measure=…`: the 23 in rank order on any measure, with "my city" highlighted. */
export function StandingsPage() {
  const { t, lang } = useI18n(['standings', 'figure-standings']);
  useDocumentTitle(t('standings.heading'), t('app.title'));
  const [params, setParams] = useSearchParams();
  const raw = params.get('measure');
  const measure = parseMeasure(raw);
  const query = useQuery(standingQueries.byMeasure(measure));
  return (
    <article className="page">
      <header className="page__header">
        <h1>{t('standings.heading')}</h1>
        <p className="lede">{t('standings.intro')}</p>
      </header>
      {raw !== null && raw !== measure && (
        <p className="notice" role="status">
          {t('compare.problem', { parameter: 'measure', value: raw, fallback: t(RANK_LABELS[measure]) })}
        </p>
      )}
      <div className="standings__controls">
        <label>
          {t('standings.measure')}{' '}
          <select value={measure} onChange={(e) => setParams({ measure: e.target.value }, { replace: true })}>
            {STANDINGS_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(RANK_LABELS[m])}
              </option>
            ))}
          </select>
        </label>
        {query.data && (
          <MyCityPicker
            cities={[...query.data.entries]
              .sort((a, b) => compareNames(a.name, b.name))
              .map((e) => ({ id: e.cityId, name: e.name }))}
          />
        )}
      </div>
      <QueryGate queries={[query]}>
        {(data) => (
          <>
            <MyCitySentence data={data} />
            <StandingsList data={data} />
            <details className="methods">
              <summary>{t('standings.method')}</summary>
              <p>{data.method[lang]}</p>
            </details>
          </>
        )}
      </QueryGate>
    </article>
  );
}
