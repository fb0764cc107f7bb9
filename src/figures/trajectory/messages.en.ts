/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'city.trajectory.noTarget': 'No target recorded: there is no target path to draw.',
  'city.trajectory.noNumericTarget':
    "The city's target gives no figure to compute a path from, so no target path is drawn. The target and its source are listed under Targets.",
  'city.trajectory.assumedBase':
    'The target names no base year; the path starts in {year}, our assumption (see How is this computed?).',
  'city.key.label': 'Key',
  'city.series.measured': 'Reported',
  'city.key.measured': 'Reported (markers = reported years)',
  'city.key.gap': 'Unreported years',
  'city.key.trend': 'Trend',
  'city.key.target': 'Target path',
  'city.key.reference': 'Reference path',
  'city.key.future': 'After the latest report',
  'compare.measure.total': 'Total, t CO₂e',
  'compare.measure.per-capita': 'Per person, t CO₂e',
  'compare.measure.indexed': 'Index (base year = 100)',
  'compare.measure.indexedBase': 'Index ({base} = 100)',
  'compare.omission.overlays-need-total-or-index':
    "Paths are shown only for total emissions and the index: per person would need a population forecast the data doesn't have.",
  'compare.omission.no-target': 'No target with a figure is recorded for: {cities}.',
  'compare.omission.log-drops-zero': 'Zero cannot be shown on a logarithmic scale; those points are left out.',
  'compare.omission.no-index-base': 'The base year is missing from the data for: {cities}.',
  'compare.chartLabel': 'Line chart: {measure}, {count} cities, {from}–{to}',
  'compare.legend': 'Cities in the chart (point at or focus one to highlight it)',
  'compare.gapNote':
    "Solid line and markers: reported years. Dashed line: years missing from SMHI's release ({gaps}): there is no measurement. Shaded: after the latest reported year ({latest}).",
  'compare.tableCaption': 'The plotted values: {measure}',
  'compare.series.measured': 'Reported',
  'compare.series.target': 'Target path',
  'compare.series.reference': 'Reference path',
  'compare.series.trend': 'Trend',
  'export.compare.title': 'Greenhouse-gas emissions: {measure}, {from}–{to}',
  'export.trajectory.title': '{city}: emissions, trend, target and reference path {from}–{to}',
  'export.file.measure.total': 'total',
  'export.file.measure.per-capita': 'per-person',
  'export.file.measure.indexed': 'index',
  'export.file.compare': 'compare',
  'export.file.trajectory': 'emissions-and-paths',
  'export.csv.series': 'Series',
} as const satisfies Record<keyof typeof sv, string>;
