/** The namespace's strings in Swedish, the source language: its keys are the namespace's keys. */
export default {
  'city.trajectory.noTarget': 'Inget mål registrerat: det finns ingen målbana att rita.',
  'city.trajectory.noNumericTarget':
    'Stadens mål anger ingen siffra att räkna en bana från, så ingen målbana ritas. Målet och dess källa står under Mål.',
  'city.trajectory.assumedBase':
    'Målet anger inget basår; banan räknas från {year}, vårt antagande (se Hur räknas detta?).',
  'city.key.label': 'Teckenförklaring',
  'city.series.measured': 'Rapporterat',
  'city.key.measured': 'Rapporterat (punkter = rapporterade år)',
  'city.key.gap': 'Ej rapporterade år',
  'city.key.trend': 'Trend',
  'city.key.target': 'Målbana',
  'city.key.reference': 'Referensbana',
  'city.key.future': 'Efter senaste rapport',
  'compare.measure.total': 'Totalt, ton CO₂e',
  'compare.measure.per-capita': 'Per invånare, ton CO₂e',
  'compare.measure.indexed': 'Index (basår = 100)',
  'compare.measure.indexedBase': 'Index ({base} = 100)',
  'compare.omission.overlays-need-total-or-index':
    'Banorna visas bara för totala utsläpp och index: per invånare skulle kräva en befolkningsprognos som inte finns i datan.',
  'compare.omission.no-target': 'Inget mål med siffra registrerat för: {cities}.',
  'compare.omission.log-drops-zero': 'Noll kan inte visas på logaritmisk skala; de punkterna är utelämnade.',
  'compare.omission.no-index-base': 'Basåret saknas i datan för: {cities}.',
  'compare.chartLabel': 'Linjediagram: {measure}, {count} städer, {from}–{to}',
  'compare.legend': 'Städer i diagrammet (peka eller fokusera för att framhäva)',
  'compare.gapNote':
    'Heldragen linje och punkter: rapporterade år. Streckad linje: år som saknas i SMHI:s version ({gaps}) – där finns ingen mätning. Skuggat: efter senaste rapporterade år ({latest}).',
  'compare.tableCaption': 'De visade värdena: {measure}',
  'compare.series.measured': 'Rapporterat',
  'compare.series.target': 'Målbana',
  'compare.series.reference': 'Referensbana',
  'compare.series.trend': 'Trend',
  'export.compare.title': 'Utsläpp av växthusgaser: {measure}, {from}–{to}',
  'export.trajectory.title': '{city}: utsläpp, trend, mål och referensbana {from}–{to}',
  'export.file.compare': 'jamfor',
  'export.file.trajectory': 'utslapp-och-banor',
  'export.csv.series': 'Serie',
} as const;
