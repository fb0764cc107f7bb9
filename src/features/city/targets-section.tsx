import type { CityDetailResponse, Target } from '../../../contract/cities.ts';
import { formatChange, formatDecimal, formatTonnes } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { MethodNote } from '../../components/method-note.tsx';

/** 70 → "70", 62.5 → "62,5": as many decimals as the target states, up to one. */
const percent = (value: number, lang: 'sv' | 'en') => formatDecimal(value, lang, Number.isInteger(value) ? 0 : 1);

function useMeasureText() {
  const { t, lang } = useI18n('city');
  return (measure: Target['measure']) => {
    switch (measure.type) {
      case 'reduction-from-base':
        return t('city.targets.measure.reduction-from-base', {
          percent: percent(measure.reductionPercent, lang),
          baseYear: measure.baseYear,
        });
      case 'annual-reduction':
        return t('city.targets.measure.annual-reduction', { percent: percent(measure.annualReductionPercent, lang) });
      case 'statement':
        return t('city.targets.measure.statement');
    }
  };
}

type Assessed = CityDetailResponse['city']['assessment']['target'];

/** One verified target: its statement, year, scope and measure, whether the path is computed from it, and its source. */
function TargetItem({ target, assessed }: { target: Target; assessed: Assessed }) {
  const { t, lang } = useI18n('city');
  const measureText = useMeasureText();
  return (
    <li className="city-target">
      <p className="city-target__statement">{target.statement[lang]}</p>
      <dl className="city-target__facts">
        <div>
          <dt>{t('city.targets.year')}</dt>
          <dd>{target.targetYear}</dd>
        </div>
        <div>
          <dt>{t('city.targets.scope')}</dt>
          <dd>{t(`city.targets.scope.${target.scope}`)}</dd>
        </div>
        <div>
          <dt>{t('city.targets.measure')}</dt>
          <dd>{measureText(target.measure)}</dd>
        </div>
      </dl>
      {target.primary && (
        <p className="city-target__primary">
          {t(assessed?.targetId === target.id ? 'city.targets.primary' : 'city.targets.primaryNoPath')}
        </p>
      )}
      {assessed?.targetId === target.id && (
        <p>
          {t('city.targets.path', {
            baseTonnes: formatTonnes(assessed.baseTonnes, lang),
            baseYear: assessed.baseYear,
            targetTonnes: formatTonnes(assessed.targetTonnes, lang),
            targetYear: assessed.targetYear,
            change: formatChange(assessed.pathAnnualChangePercent, lang),
          })}
        </p>
      )}
      <p className="city-target__source">
        {t('city.targets.source')}{' '}
        <a href={target.source.url} rel="noopener noreferrer">
          {target.source.title}
        </a>
        . {target.source.note[lang]}
      </p>
    </li>
  );
}

/** The city's verified targets with their sources; says so plainly when there is none, or none with a figure. */
export function TargetsSection({ detail }: { detail: CityDetailResponse }) {
  const { t, lang } = useI18n('city');
  const { targets, methods } = detail;
  const { targetStatus, target: assessed } = detail.city.assessment;
  return (
    <section className="city-section" aria-labelledby="city-targets-heading">
      <h2 id="city-targets-heading">{t('city.targets.heading')}</h2>
      {targetStatus === 'no-target' && (
        <div className="notice notice--info city-no-target">
          <p>{t('city.noTarget')}</p>
          {t('city.targets.noTarget')}
        </div>
      )}
      {targetStatus === 'no-numeric-target' && <p className="notice notice--info">{t('city.targets.noNumeric')}</p>}
      {targets.length > 0 && (
        <ol className="city-targets">
          {targets.map((target) => (
            <TargetItem key={target.id} target={target} assessed={assessed} />
          ))}
        </ol>
      )}
      {targetStatus === 'assessed' && (
        <MethodNote texts={[methods.targetPath[lang], methods.onTrack[lang]]} about={t('city.targets.heading')} />
      )}
    </section>
  );
}
