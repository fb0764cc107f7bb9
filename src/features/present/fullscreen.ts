/**
 * Full screen for the whole document. Unsupported browsers (and jsdom) lack the API, and
 * browsers refuse it without a user gesture; both are ignored: the deck works in a window.
 */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
}
