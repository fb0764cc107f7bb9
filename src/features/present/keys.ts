/**
 * What the presenter's keys do, as pure functions: clickers send PageDown/PageUp (some
 * send arrows), keyboards add Space, Home/End, F for full screen and Esc to leave.
 */

export type Command = 'next' | 'previous' | 'first' | 'last' | 'toggle-fullscreen' | 'escape';

/** What kind of element has the focus: keys that element needs itself are left to it. */
export type FocusKind = 'text-entry' | 'button' | 'other';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  focus: FocusKind;
}

const KEYS: Record<string, Command> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'toggle-fullscreen',
  F: 'toggle-fullscreen',
  Escape: 'escape',
};

/** The command a key press gives, or null when the key is not ours or belongs to the focused element. */
export function commandForKey(press: KeyPress): Command | null {
  // Browser and system shortcuts (Ctrl+F, Alt+←) keep their meaning.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const command = KEYS[press.key] ?? null;
  if (command === null) return null;
  if (press.focus === 'text-entry') return command === 'escape' ? 'escape' : null;
  // Space and Enter press a focused button; they must not also change the slide.
  if (press.focus === 'button' && press.key === ' ') return null;
  return command;
}

/** The slide a move leads to; moves stop at either end (a clicker pressed once too often stays put). */
export function moveIndex(index: number, count: number, command: 'next' | 'previous' | 'first' | 'last'): number {
  if (count <= 0) return 0;
  switch (command) {
    case 'next':
      return Math.min(index + 1, count - 1);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** Auto-advance goes round: after the last slide comes the first (a deck left running in a foyer). */
export function autoAdvanceIndex(index: number, count: number): number {
  return count <= 0 ? 0 : (index + 1) % count;
}

/** How soon after leaving full screen an Esc is taken as the same press, in milliseconds. */
export const ESCAPE_GRACE_MS = 600;

/**
 * What Esc does. In full screen it only leaves full screen; browsers usually do that
 * themselves and swallow the key, but some also deliver it, so an Esc right after
 * leaving full screen is ignored instead of also leaving the presentation.
 */
export function escapeAction(state: {
  inFullscreen: boolean;
  msSinceFullscreenExit: number;
}): 'exit-fullscreen' | 'ignore' | 'leave' {
  if (state.inFullscreen) return 'exit-fullscreen';
  if (state.msSinceFullscreenExit < ESCAPE_GRACE_MS) return 'ignore';
  return 'leave';
}

/** The focus kind of an event target. */
export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'other';
  if (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return 'text-entry';
  if (target.tagName === 'BUTTON' || target.tagName === 'A' || target.getAttribute('role') === 'button')
    return 'button';
  return 'other';
}
