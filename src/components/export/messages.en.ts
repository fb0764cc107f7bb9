/** The namespace's strings in English: exactly the Swedish keys. */
import type sv from './messages.sv.ts';

export default {
  'export.download': 'Download:',
  'export.downloadAs': 'Download',
  'export.group': 'Download {what}',
  'export.hint.png': 'Image (PNG) with title, legend, source and date',
  'export.hint.svg': 'Vector image (SVG) with title, legend, source and date',
  'export.hint.csv': 'The figures (CSV, comma-separated, decimal point)',
  'export.error': 'Could not create the {format} file: {detail}',
  'export.nothingDrawn': 'the chart is not drawn yet. Try again in a moment.',
  'export.exported': 'Downloaded {date} from {url}',
} as const satisfies Record<keyof typeof sv, string>;
