import { useEffect, useRef, useState } from 'react';
import { commandForKey, escapeAction, focusKind, type Command } from './keys.ts';
import { exitFullscreen, toggleFullscreen } from './fullscreen.ts';

type Move = Extract<Command, 'next' | 'previous' | 'first' | 'last'>;

/**
 * The presenter's keys on the whole window: moves go to `onMove`, F toggles full screen,
 * Esc leaves full screen first and the presentation after (`onLeave`). Returns whether the
 * document is in full screen, followed through `fullscreenchange`.
 */
export function usePresenterKeys({ onMove, onLeave }: { onMove: (move: Move) => void; onLeave: () => void }): boolean {
  const [isFullscreen, setFullscreen] = useState(
    () => typeof document !== 'undefined' && Boolean(document.fullscreenElement),
  );
  const fullscreenExitedAt = useRef(Number.NEGATIVE_INFINITY);
  const handlers = useRef({ onMove, onLeave });
  useEffect(() => {
    handlers.current = { onMove, onLeave };
  });

  useEffect(() => {
    const onChange = () => {
      const now = Boolean(document.fullscreenElement);
      if (!now) fullscreenExitedAt.current = performance.now();
      setFullscreen(now);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        focus: focusKind(event.target),
      });
      if (command === null || event.defaultPrevented) return;
      event.preventDefault();
      if (command === 'toggle-fullscreen') toggleFullscreen();
      else if (command === 'escape') {
        const action = escapeAction({
          inFullscreen: Boolean(document.fullscreenElement),
          msSinceFullscreenExit: performance.now() - fullscreenExitedAt.current,
        });
        if (action === 'exit-fullscreen') exitFullscreen();
        else if (action === 'leave') handlers.current.onLeave();
      } else handlers.current.onMove(command);
    };
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  return isFullscreen;
}
