/** Strings of the share namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'embed.button': 'Bädda in',
    'embed.instructions': 'Klistra in koden i en webbsida. Den visar samma urval som nu, utan appens meny.',
    'embed.snippet': 'Kod att bädda in',
    'embed.copy': 'Kopiera',
    'embed.copied': 'Kopierat.',
    'embed.copyFailed': 'Kunde inte kopiera automatiskt: koden är markerad, tryck Ctrl+C (⌘C på Mac).',
  },
  en: {
    'embed.button': 'Embed',
    'embed.instructions': "Paste the code into a web page. It shows the same selection as now, without the app's menu.",
    'embed.snippet': 'Embed code',
    'embed.copy': 'Copy',
    'embed.copied': 'Copied.',
    'embed.copyFailed': 'Could not copy automatically: the code is selected, press Ctrl+C (⌘C on a Mac).',
  },
});
