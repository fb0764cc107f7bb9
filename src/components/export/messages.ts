/** Strings of the export namespace, in Swedish and English (the English must have every Swedish key). */
import { defineMessages } from '../../lib/define-messages.ts';

export const messages = defineMessages({
  sv: {
    'export.download': 'Ladda ner:',
    'export.downloadAs': 'Ladda ner',
    'export.group': 'Ladda ner {what}',
    'export.hint.png': 'Bild (PNG) med rubrik, teckenförklaring, källa och datum',
    'export.hint.svg': 'Vektorbild (SVG) med rubrik, teckenförklaring, källa och datum',
    'export.hint.csv': 'Siffrorna (CSV med semikolon och decimalkomma)',
    'export.error': 'Kunde inte skapa {format}-filen: {detail}',
    'export.nothingDrawn': 'diagrammet är inte ritat ännu. Försök igen om en stund.',
    'export.exported': 'Hämtad {date} från {url}',
  },
  en: {
    'export.download': 'Download:',
    'export.downloadAs': 'Download',
    'export.group': 'Download {what}',
    'export.hint.png': 'Image (PNG) with title, legend, source and date',
    'export.hint.svg': 'Vector image (SVG) with title, legend, source and date',
    'export.hint.csv': 'The figures (CSV, comma-separated, decimal point)',
    'export.error': 'Could not create the {format} file: {detail}',
    'export.nothingDrawn': 'the chart is not drawn yet. Try again in a moment.',
    'export.exported': 'Downloaded {date} from {url}',
  },
});
