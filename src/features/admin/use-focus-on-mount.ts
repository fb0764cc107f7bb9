import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element when it first appears, so a keyboard or screen-reader user
 * lands on a result (a preview, a list of problems) instead of staying on a button that is gone.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
