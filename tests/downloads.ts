import { waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Catches the files a page offers (jsdom has no object URLs and does not download): each
 * click on a download link adds its file name and blob. Undo with vi.restoreAllMocks().
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  return downloads;
}

/** The `index`-th file offered. The file writers load on the first download, so it arrives a moment after the click. */
export async function downloaded(downloads: readonly Download[], index = 0): Promise<Download> {
  await waitFor(() => expect(downloads.length).toBeGreaterThan(index));
  return downloads[index] as Download;
}
