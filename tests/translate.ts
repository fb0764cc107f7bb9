/** A test's `t`: the Swedish strings with their {placeholders} filled, as the app's own translator gives them. */
import { translator } from '../src/lib/i18n.tsx';

export const svT = translator('sv');
