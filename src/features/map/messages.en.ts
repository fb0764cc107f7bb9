/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'embed.map.frameTitle': 'Map: {title}',
  'map.intro':
    "Each city has a mark at its town centre. The mark's area shows the emissions, its colour the measure you choose. Point at or focus a mark for the figures and click it for the city's page. The table has the same figures.",
  'map.problem': 'measure={value} is not a measure on the map; showing {fallback}.',
} as const satisfies Record<keyof typeof sv, string>;
