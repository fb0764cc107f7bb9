/** Strings of the map namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'embed.map.frameTitle': 'Karta: {title}',
    'map.intro':
      'Varje stad har en markering vid sin stadskärna. Markeringens yta visar utsläppen, färgen det mått du väljer. Peka på eller fokusera en markering för siffrorna och klicka för stadens sida. Tabellen har samma siffror.',
    'map.problem': 'measure={value} är inget mått på kartan; visar {fallback}.',
  },
  en: {
    'embed.map.frameTitle': 'Map: {title}',
    'map.intro':
      "Each city has a mark at its town centre. The mark's area shows the emissions, its colour the measure you choose. Point at or focus a mark for the figures and click it for the city's page. The table has the same figures.",
    'map.problem': 'measure={value} is not a measure on the map; showing {fallback}.',
  },
});
