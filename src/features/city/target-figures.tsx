import type { CityDetailResponse } from '../../../contract/cities.ts';
import { formatChange } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { HeadlineItem } from '../../components/headline-item.tsx';
import { OnTrackItem } from '../../figures/trajectory/index.ts';

/** The headline figures that depend on the target: the annual change it needs, and whether the city is on track. */
export function TargetFigures({ detail }: { detail: CityDetailResponse }) {
  const { t, lang } = useI18n('city');
  const { methods } = detail;
  const { targetStanding, target } = detail.city.assessment;
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
          figure={<span className="headline__words">{t(`standing.${targetStanding}`)}</span>}
        />
      )}
      <OnTrackItem
        assessment={detail.city.assessment}
        methods={[methods.onTrack[lang], methods.referencePath[lang], methods.budget[lang]]}
      />
    </>
  );
}
