/**
 * Sends a release file as the raw request body through the admin's request (src/api/request.ts),
 * asking for upload progress: an 8 MB file on a slow line needs a real progress bar.
 * An import is conditional: it sends the preview's version as If-Match (the server answers
 * 412 when another coordinator changed the current release since) and, when the preview
 * warned of large changes, the warnings' hash the coordinator confirmed.
 */
import type { z } from 'zod';
import { releaseImportResponseSchema, releasePreviewSchema } from '../../../contract/admin.ts';
import { parseAnswer } from '../../api/request.ts';
import { adminRequest } from './admin-api.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** SMHI's export is CSV or its Excel download; the project's own release file is JSON. The server reads the format from the content. */
export function releaseContentType(file: File): 'text/csv' | 'application/json' | typeof XLSX_CONTENT_TYPE {
  if (file.type === XLSX_CONTENT_TYPE || /\.xlsx$/i.test(file.name)) return XLSX_CONTENT_TYPE;
  return file.type === 'application/json' || /\.json$/i.test(file.name) ? 'application/json' : 'text/csv';
}

export interface UploadOptions {
  /** Called with the share of the body sent, 0–1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

async function send<S extends z.ZodType>(
  path: string,
  file: File,
  schema: S,
  { onProgress, signal }: UploadOptions,
  ifMatch?: string,
): Promise<z.output<S>> {
  const answer = await adminRequest(path, {
    method: 'POST',
    body: file,
    contentType: releaseContentType(file),
    ifMatch,
    signal,
    // Always asked for, so an upload always goes by XMLHttpRequest, as before the one transport.
    onUploadProgress: (fraction) => onProgress?.(fraction),
  });
  return parseAnswer(path, answer.body, schema);
}

const query = (file: File, extra: Record<string, string> = {}) =>
  `?${Object.entries({ fileName: file.name.slice(0, 200), ...extra })
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&')}`;

/** `POST /api/v1/admin/releases/preview`: what importing the file would change; writes nothing. */
export function previewRelease(file: File, options: UploadOptions = {}) {
  return send(`/api/v1/admin/releases/preview${query(file)}`, file, releasePreviewSchema, options);
}

export interface ImportConditions {
  /** The preview's `version` (of the current release it compared with), sent as If-Match. */
  version: string;
  /** The preview's `warningsHash`, once the coordinator has confirmed the warnings; null when there were none. */
  confirmWarnings: string | null;
}

/** `POST /api/v1/admin/releases`: stores the file as a new release and makes it current. */
export function importRelease(file: File, conditions: ImportConditions, options: UploadOptions = {}) {
  const extra: Record<string, string> = conditions.confirmWarnings
    ? { confirmWarnings: conditions.confirmWarnings }
    : {};
  return send(
    `/api/v1/admin/releases${query(file, extra)}`,
    file,
    releaseImportResponseSchema,
    options,
    conditions.version,
  );
}
