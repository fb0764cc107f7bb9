/** A test's `t`: the Swedish strings with their {placeholders} filled, as the app's own lookup gives them. */
import { lookupMessage, type MessageKey } from '../src/lib/messages.ts';
import type { Translate } from '../src/lib/i18n.tsx';

export const svT: Translate = (key: MessageKey, values) =>
  lookupMessage('sv', key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
