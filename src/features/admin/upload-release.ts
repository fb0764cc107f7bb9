/**
 * Sends a release file as the raw request body with XMLHttpRequest, because fetch cannot
 * report upload progress and an 8 MB file on a slow line needs a real progress bar.
 */
import type { z } from 'zod';
import { releaseImportResponseSchema, releasePreviewSchema } from '../../../contract/admin.ts';
import { API_BASE_URL } from '../../api/client.ts';
import { AdminApiError, errorFromAnswer, notSignedIn, parseAnswer } from './admin-api.ts';
import { readAdminToken } from './admin-token.ts';

/** SMHI's export is CSV; the project's own release file is JSON. */
export function releaseContentType(file: File): 'text/csv' | 'application/json' {
  return file.type === 'application/json' || /\.json$/i.test(file.name) ? 'application/json' : 'text/csv';
}

export interface UploadOptions {
  /** Called with the share of the body sent, 0–1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function send<S extends z.ZodType>(path: string, file: File, schema: S, options: UploadOptions): Promise<z.output<S>> {
  const token = readAdminToken();
  if (!token) return Promise.reject(notSignedIn());
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE_URL}${path}`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', releaseContentType(file));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(parseAnswer(path, xhr.responseText, schema));
        } catch (error) {
          reject(error as Error);
        }
      } else {
        reject(errorFromAnswer(xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After')));
      }
    };
    xhr.onerror = () => reject(new AdminApiError(0, null, 'The upload could not reach the server.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

const query = (file: File) => `?fileName=${encodeURIComponent(file.name.slice(0, 200))}`;

/** `POST /api/v1/admin/releases/preview`: what importing the file would change; writes nothing. */
export function previewRelease(file: File, options: UploadOptions = {}) {
  return send(`/api/v1/admin/releases/preview${query(file)}`, file, releasePreviewSchema, options);
}

/** `POST /api/v1/admin/releases`: stores the file as a new release and makes it current. */
export function importRelease(file: File, options: UploadOptions = {}) {
  return send(`/api/v1/admin/releases${query(file)}`, file, releaseImportResponseSchema, options);
}
