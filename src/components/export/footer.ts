/** The lines every exported figure ends with: where the figures come from, and when and where it was downloaded. */
import type { RefObject } from 'react';
import type { Release } from '../../../contract/common.ts';
import { formatDay, type Lang } from '../../lib/format.ts';
import type { Translate } from '../../lib/i18n.tsx';
import { isoDay } from './file-name.ts';

/** "Utsläpp, SMHI … (publicerad 2026): Källa: SMHI, …", as under the charts on the page. */
export function sourceLine(release: Release, t: Translate<'export'>, lang: Lang): string {
  return `${t('source.emissions', { release: release.label[lang] })} ${release.source.attribution[lang]}.`;
}

/** "Hämtad 28 nov. 2026 från <address of the view>", dated in the reader's language. */
export function exportedLine(t: Translate<'export'>, lang: Lang, date: Date, url: string): string {
  return t('export.exported', { date: formatDay(isoDay(date), lang), url });
}

/** What a chart section hands its downloads. */
export interface FigureExportProps {
  cityId: string;
  cityName: string;
  release: Release;
  /** The note under the chart (unreported years), repeated under the exported figure. */
  note: string;
  /** The title over the chart's value axis, with the magnitude its ticks are in ("Totalt, miljoner ton CO₂e"). */
  unit: string;
  /** The section the chart is in; the export draws that chart again at its own size (chartPanels). */
  containerRef: RefObject<HTMLElement | null>;
}

/** The note under the chart, the source line and the download line, as under every exported chart. */
export function figureFooter(note: string, release: Release, t: Translate<'export'>, lang: Lang): string[] {
  return [
    ...(note ? [note] : []),
    sourceLine(release, t, lang),
    exportedLine(t, lang, new Date(), window.location.href),
  ];
}
