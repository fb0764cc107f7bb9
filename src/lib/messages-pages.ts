/**
 * The strings of the pages beyond the overview (compare, city, map and what they share with
 * the embeds, standings and presenter mode). Loaded with those routes (src/app/routes.tsx), so
 * the first page's code does not carry them.
 */
import { addMessages } from './messages.ts';
import { cityMessages } from './messages-city.ts';
import { compareMessages } from './messages-compare.ts';
import { mapMessages } from './messages-map.ts';

addMessages({
  sv: { ...compareMessages.sv, ...cityMessages.sv, ...mapMessages.sv },
  en: { ...compareMessages.en, ...cityMessages.en, ...mapMessages.en },
});
