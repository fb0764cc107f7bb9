import {
  autoAdvanceIndex,
  commandForKey,
  escapeAction,
  ESCAPE_GRACE_MS,
  focusKind,
  moveIndex,
  type KeyPress,
} from './keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  focus: 'other',
  ...extra,
});

describe('commandForKey', () => {
  it('maps what clickers and keyboards send', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((key) => commandForKey(press(key)))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => commandForKey(press(key)))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(commandForKey(press('Home'))).toBe('first');
    expect(commandForKey(press('End'))).toBe('last');
    expect(commandForKey(press('f'))).toBe('toggle-fullscreen');
    expect(commandForKey(press('F'))).toBe('toggle-fullscreen');
    expect(commandForKey(press('Escape'))).toBe('escape');
    expect(commandForKey(press('x'))).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(commandForKey(press('f', { ctrlKey: true }))).toBeNull();
    expect(commandForKey(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(commandForKey(press('ArrowRight', { metaKey: true }))).toBeNull();
  });

  it('lets a focused button have Space, and a text field every key but Esc', () => {
    expect(commandForKey(press(' ', { focus: 'button' }))).toBeNull();
    expect(commandForKey(press('ArrowRight', { focus: 'button' }))).toBe('next');
    expect(commandForKey(press('ArrowRight', { focus: 'text-entry' }))).toBeNull();
    expect(commandForKey(press('f', { focus: 'text-entry' }))).toBeNull();
    expect(commandForKey(press('Escape', { focus: 'text-entry' }))).toBe('escape');
  });
});

describe('moving', () => {
  it('stops at either end when moved by hand', () => {
    expect(moveIndex(0, 3, 'next')).toBe(1);
    expect(moveIndex(2, 3, 'next')).toBe(2);
    expect(moveIndex(0, 3, 'previous')).toBe(0);
    expect(moveIndex(2, 3, 'previous')).toBe(1);
    expect(moveIndex(1, 3, 'first')).toBe(0);
    expect(moveIndex(0, 3, 'last')).toBe(2);
    expect(moveIndex(0, 0, 'next')).toBe(0);
  });

  it('goes round when advancing by itself', () => {
    expect(autoAdvanceIndex(1, 3)).toBe(2);
    expect(autoAdvanceIndex(2, 3)).toBe(0);
    expect(autoAdvanceIndex(0, 1)).toBe(0);
  });
});

describe('escapeAction', () => {
  it('leaves full screen first, ignores the same press just after, then leaves', () => {
    expect(escapeAction({ inFullscreen: true, msSinceFullscreenExit: Infinity })).toBe('exit-fullscreen');
    expect(escapeAction({ inFullscreen: false, msSinceFullscreenExit: 10 })).toBe('ignore');
    expect(escapeAction({ inFullscreen: false, msSinceFullscreenExit: ESCAPE_GRACE_MS })).toBe('leave');
    expect(escapeAction({ inFullscreen: false, msSinceFullscreenExit: Infinity })).toBe('leave');
  });
});

describe('focusKind', () => {
  it('tells text entry, buttons and the rest apart', () => {
    expect(focusKind(document.createElement('input'))).toBe('text-entry');
    expect(focusKind(document.createElement('select'))).toBe('text-entry');
    expect(focusKind(document.createElement('button'))).toBe('button');
    expect(focusKind(document.createElement('a'))).toBe('button');
    expect(focusKind(document.body)).toBe('other');
    expect(focusKind(null)).toBe('other');
  });
});
