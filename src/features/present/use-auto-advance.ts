import { useEffect, useRef, useState } from 'react';

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export interface AutoAdvance {
  /** Whether the deck is set to advance by itself and the presenter has not paused it. */
  playing: boolean;
  setPlaying: (playing: boolean) => void;
  /** Holds the timer while the pointer or the keyboard focus is on the controls. */
  setHeld: (held: boolean) => void;
}

/**
 * Advances every `seconds` while playing; each slide gets its full time, however it was
 * reached, and re-renders (data arriving, a legend hovered) do not restart it. It starts
 * paused for readers who ask for reduced motion (they press play).
 */
export function useAutoAdvance(seconds: number | null, index: number, advance: () => void): AutoAdvance {
  const [playing, setPlaying] = useState(() => seconds !== null && !prefersReducedMotion());
  const [held, setHeld] = useState(false);
  const latest = useRef(advance);
  useEffect(() => {
    latest.current = advance;
  });
  useEffect(() => {
    if (seconds === null || !playing || held) return;
    const timer = setTimeout(() => latest.current(), seconds * 1000);
    return () => clearTimeout(timer);
  }, [seconds, playing, held, index]);
  return { playing: seconds !== null && playing, setPlaying, setHeld };
}
