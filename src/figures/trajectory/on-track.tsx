import type { TargetAssessment } from '../../../contract/assessment.ts';
import type { CityDetailResponse } from '../../../contract/cities.ts';
import { HeadlineItem } from '../../components/headline-item.tsx';
import { useI18n } from '../../lib/i18n.tsx';

type OnTrack = NonNullable<TargetAssessment['status']>;
type CityAssessment = CityDetailResponse['city']['assessment'];

const ICONS: Record<OnTrack | 'unknown', string> = { 'on-track': '✓', 'off-track': '✗', unknown: '?' };

/** A status in words with an icon beside it, so colour is never the only signal. */
export function OnTrackBadge({ status, label }: { status: OnTrack | null; label: string }) {
  const kind = status ?? 'unknown';
  return (
    <span className={`on-track on-track--${kind}`}>
      <span className="on-track__icon" aria-hidden="true">
        {ICONS[kind]}
      </span>
      {label}
    </span>
  );
}

/** Whether a city is on track for its target (or why that cannot be said), with its standing against the reference path beneath. */
export function OnTrackItem({ assessment, methods }: { assessment: CityAssessment; methods?: string[] }) {
  const { t } = useI18n();
  const { target, reference } = assessment;
  const missing = assessment.targetStatus === 'no-target' ? t('city.noTarget') : t('city.noNumericTarget');
  return (
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
      detail={
        reference && (
          <>
            {t('city.headline.reference')}{' '}
            <OnTrackBadge status={reference.status} label={t(`city.reference.${reference.status}`)} />
          </>
        )
      }
      methods={methods}
    />
  );
}
