import type { TargetAssessment, TargetStanding } from '../../../contract/assessment.ts';
import type { CityDetailResponse } from '../../../contract/cities.ts';
import { HeadlineItem } from '../../components/headline-item.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import './on-track.css';

type OnTrack = NonNullable<TargetAssessment['status']>;
type CityAssessment = CityDetailResponse['city']['assessment'];

const ICONS: Record<OnTrack | 'unknown', string> = { 'on-track': '✓', 'off-track': '✗', unknown: '?' };

/** A verdict in words with an icon beside it, so colour is never the only signal. */
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

/** A city against its own target in the common words: with the verdict's icon when there is one. */
export function TargetStandingBadge({ standing }: { standing: TargetStanding }) {
  const { t } = useI18n();
  if (standing === 'on-track' || standing === 'off-track')
    return <OnTrackBadge status={standing} label={t(`standing.${standing}`)} />;
  return <span className="muted">{t(`standing.${standing}`)}</span>;
}

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
