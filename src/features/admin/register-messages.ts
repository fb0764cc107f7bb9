/**
 * The admin pages' strings, added to the dictionary when the admin route loads: coordinators
 * are few, so every other page's first load does not carry them (the initial-JS budget).
 */
import { adminEditMessages } from '../../lib/messages-admin-edit.ts';
import { adminMessages } from '../../lib/messages-admin.ts';
import { addMessages } from '../../lib/messages.ts';

addMessages({
  sv: { ...adminMessages.sv, ...adminEditMessages.sv },
  en: { ...adminMessages.en, ...adminEditMessages.en },
});
