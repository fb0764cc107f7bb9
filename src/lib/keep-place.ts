/**
 * Switching language opens the same place in the other language (a new address, rendered by
 * the server): the scroll position is carried across in sessionStorage, for this one load.
 */
const KEY = 'ks.place';

/** Called as the reader follows the language link to `target`. */
export function rememberPlace(target: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ target, y: Math.round(window.scrollY) }));
  } catch {
    // Without storage the new page opens at the top, as any link would.
  }
}

/** After the new page has hydrated: back to where the reader was, if this load is the one remembered. */
export function restorePlace(): void {
  let saved: { target?: unknown; y?: unknown } | null;
  try {
    saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { target?: unknown; y?: unknown } | null;
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  const y = saved?.target === here && typeof saved.y === 'number' ? saved.y : 0;
  if (y <= 0) return;
  // Once the page is laid out with all its styles, so the position is not cut short.
  if (document.readyState === 'complete') window.scrollTo(0, y);
  else window.addEventListener('load', () => window.scrollTo(0, y), { once: true });
}
