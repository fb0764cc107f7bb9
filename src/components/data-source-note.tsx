import type { CitiesResponse } from '../../contract/cities.ts';
import { PopulationSourceLine, ReleaseSourceLine } from './source-lines.tsx';
import { useI18n } from '../lib/i18n.tsx';

/** Where every figure on the page comes from, and which release it is. */
export function DataSourceNote({ data }: { data: CitiesResponse }) {
  const { t } = useI18n();
  const { release, populationSource } = data;
  return (
    <section className="source-note" aria-labelledby="source-heading">
      <h2 id="source-heading">{t('source.heading')}</h2>
      <ReleaseSourceLine release={release} />
      <PopulationSourceLine source={populationSource} />
      <p>{t('source.lag', { years: release.years.join(', ') })}</p>
    </section>
  );
}
