/**
 * A verdict in words with its icon (✓ on track, ✗ off track), and a city's standing against its own
 * target in the common words. Shared: the city page's figures, the overview's table and the slides
 * show them, and the overview's first page must not load a figure's code for them.
 */
import type { TargetAssessment, TargetStanding } from '../../contract/assessment.ts';
import { useI18n } from '../lib/i18n.tsx';
import './on-track-badge.css';

export type OnTrack = NonNullable<TargetAssessment['status']>;

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
