import type { TargetAssessment } from '../../../contract/assessment.ts';

type OnTrack = NonNullable<TargetAssessment['status']>;

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
