import type { CityDetailResponse } from '../../../contract/cities.ts';
import { formatChange } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { HeadlineItem } from '../../components/headline-item.tsx';
import { OnTrackBadge } from '../../figures/trajectory/index.ts';

/** The headline figures that depend on the target: the annual change it needs, and whether the city is on track. */
export function TargetFigures({ detail }: { detail: CityDetailResponse }) {
  const { t, lang } = useI18n('city');
  const { methods } = detail;
  const { targetStatus, target, reference } = detail.city.assessment;
  const missing = targetStatus === 'no-target' ? t('city.noTarget') : t('city.noNumericTarget');
  const referenceDetail = reference && (
    <>
      {t('city.headline.reference')}{' '}
      <OnTrackBadge status={reference.status} label={t(`city.reference.${reference.status}`)} />
    </>
  );
  return (
    <>
      {target ? (
        <HeadlineItem
          label={t('city.headline.required', { year: target.targetYear })}
          figure={formatChange(target.requiredAnnualChangePercent, lang)}
          detail={
            target.requiredAnnualChangePercent === 0
              ? t('city.headline.requiredReached')
              : t('city.headline.requiredPath', {
                  change: formatChange(target.pathAnnualChangePercent, lang),
                  baseYear: target.baseYear,
                })
          }
          methods={[methods.targetPath[lang]]}
        />
      ) : (
        <HeadlineItem
          label={t('city.headline.requiredNoTarget')}
          figure={<span className="headline__words">{missing}</span>}
        />
      )}
      <HeadlineItem
        label={target ? t('city.headline.onTrack', { year: target.targetYear }) : t('city.headline.onTrackNoTarget')}
        figure={
          target ? (
            <OnTrackBadge
              status={target.status}
              label={t(target.status ? `city.status.${target.status}` : 'city.status.unknown')}
            />
          ) : (
            <span className="headline__words">{missing}</span>
          )
        }
        detail={referenceDetail ?? undefined}
        methods={[methods.onTrack[lang], methods.referencePath[lang]]}
      />
    </>
  );
}
