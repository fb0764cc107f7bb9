/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'embed.map.frameTitle': 'Karta: {title}',
  'map.intro':
    'Varje stad har en markering vid sin stadskärna. Markeringens yta visar utsläppen, färgen det mått du väljer. Peka på eller fokusera en markering för siffrorna och klicka för stadens sida. Tabellen har samma siffror.',
  'map.problem': 'measure={value} är inget mått på kartan; visar {fallback}.',
} as const;
