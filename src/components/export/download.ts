/** Saving a file from the page, and drawing an SVG into a PNG. Browser only. */
import { toCsv, CSV_MIME, type CsvRow } from './csv.ts';
import type { Lang } from '../../lib/format.ts';
import type { FigureSvg } from './svg-compose.ts';

/** Offers the blob as a download through a temporary `<a download>`, then frees its address. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the address after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(rows: readonly CsvRow[], lang: Lang, fileName: string): void {
  downloadBlob(new Blob([toCsv(rows, { lang })], { type: CSV_MIME }), fileName);
}

export function downloadSvg(figure: FigureSvg, fileName: string): void {
  downloadBlob(new Blob([figure.markup], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** The SVG drawn at `scale` × its size; the PNG shows exactly what the SVG does. */
export async function svgToPng(figure: FigureSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(figure.markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(figure.width * scale);
  canvas.height = Math.round(figure.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw a PNG (no 2D canvas).');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, figure.width, figure.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    );
  });
}

export async function downloadPng(figure: FigureSvg, fileName: string): Promise<void> {
  downloadBlob(await svgToPng(figure), fileName);
}
