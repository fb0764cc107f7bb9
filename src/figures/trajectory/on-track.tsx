import type { CityDetailResponse } from '../../../contract/cities.ts';
import { HeadlineItem } from '../../components/headline-item.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { OnTrackBadge } from '../../components/on-track-badge.tsx';

type CityAssessment = CityDetailResponse['city']['assessment'];

/**
 * Whether a city is on or off track for its own target (or why that cannot be said), with its
 * standing against the reference path beneath: within or over the budget. The words are the
 * ones the overview, the map and the standings use (common `standing.*` and `budget.*`).
 */
export function OnTrackItem({ assessment, methods }: { assessment: CityAssessment; methods?: string[] }) {
  const { t } = useI18n();
  const { target, reference, targetStanding } = assessment;
  const verdict = targetStanding === 'on-track' || targetStanding === 'off-track' ? targetStanding : null;
  return (
    <HeadlineItem
      label={target ? t('city.headline.onTrack', { year: target.targetYear }) : t('city.headline.onTrackNoTarget')}
      figure={
        target ? (
          <OnTrackBadge status={verdict} label={t(`standing.${targetStanding}`)} />
        ) : (
          <span className="headline__words">{t(`standing.${targetStanding}`)}</span>
        )
      }
      detail={
        reference && (
          <>
            {t('city.headline.reference')}{' '}
            <OnTrackBadge
              status={reference.status}
              label={t(reference.status === 'on-track' ? 'budget.within' : 'budget.over')}
            />
          </>
        )
      }
      methods={methods}
    />
  );
}
