import { useI18n } from '../../lib/i18n.tsx';
import type { AutoAdvance } from './use-auto-advance.ts';

interface PresentControlsProps {
  index: number;
  count: number;
  onMove: (move: 'next' | 'previous') => void;
  onToggleFullscreen: () => void;
  isFullscreen: boolean;
  onLeave: () => void;
  /** Seconds between slides; null hides the play/pause button. */
  autoSeconds: number | null;
  auto: AutoAdvance;
}

/** Keyboard focus only: a button clicked with the mouse keeps the focus, but not the reader's attention. */
function focusVisible(target: EventTarget): boolean {
  try {
    return target instanceof Element && target.matches(':focus-visible');
  } catch {
    return false;
  }
}

/** The full-screen toggle, pressed while the deck fills the screen. */
function FullscreenButton({ pressed, onClick }: { pressed: boolean; onClick: () => void }) {
  const { t } = useI18n('present');
  return (
    <button
      type="button"
      className="present-button"
      aria-pressed={pressed}
      onClick={onClick}
      aria-label={t('present.fullscreen')}
    >
      <svg className="present-button__icon" viewBox="0 0 16 16" aria-hidden="true">
        <path
          d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        />
      </svg>
    </button>
  );
}

/** On-screen buttons for what the keys do; pointing at them, or tabbing to them, holds auto-advance. */
export function PresentControls({
  index,
  count,
  onMove,
  onToggleFullscreen,
  isFullscreen,
  onLeave,
  autoSeconds,
  auto,
}: PresentControlsProps) {
  const { t } = useI18n('present');
  return (
    <div
      className="present-controls"
      role="group"
      aria-label={t('present.controls')}
      onPointerEnter={() => auto.setHeld(true)}
      onPointerLeave={() => auto.setHeld(false)}
      onFocus={(event) => auto.setHeld(focusVisible(event.target))}
      onBlur={() => auto.setHeld(false)}
    >
      <button
        type="button"
        className="present-button"
        onClick={() => onMove('previous')}
        disabled={index === 0}
        aria-label={t('present.previous')}
      >
        <span aria-hidden="true">←</span>
      </button>
      <button
        type="button"
        className="present-button"
        onClick={() => onMove('next')}
        disabled={index >= count - 1}
        aria-label={t('present.next')}
      >
        <span aria-hidden="true">→</span>
      </button>
      {autoSeconds !== null && (
        <button
          type="button"
          className="present-button"
          aria-pressed={auto.playing}
          onClick={() => auto.setPlaying(!auto.playing)}
          aria-label={t(auto.playing ? 'present.pause' : 'present.play', { seconds: autoSeconds })}
        >
          <span aria-hidden="true">{auto.playing ? '❚❚' : '▶'}</span>
        </button>
      )}
      <FullscreenButton pressed={isFullscreen} onClick={onToggleFullscreen} />
      <button type="button" className="present-button" onClick={onLeave} aria-label={t('present.leave')}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
