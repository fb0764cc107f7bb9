/**
 * The XMLHttpRequest transport of ./request.ts, used only when a caller asks for upload
 * progress: fetch cannot report how much of a request body has been sent. It answers in the
 * same shape as the fetch transport and fails the same ways: `NetworkError` when the request
 * could not complete, an `AbortError` DOMException when the signal cancelled it.
 */
import { abortError, NetworkError } from './errors.ts';
import { parseJson, type HttpAnswer } from './problem.ts';

export interface XhrRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: XMLHttpRequestBodyInit | undefined;
  signal?: AbortSignal;
  /** Called with the share of the body sent, 0–1, whenever the browser knows the total. */
  onUploadProgress: (fraction: number) => void;
}

export function sendWithXhr({ method, url, headers, body, signal, onUploadProgress }: XhrRequest): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError('The upload was cancelled.'));
    const xhr = new XMLHttpRequest();
    // Settled here, not only in onabort: an XHR whose send a test double holds fires no abort event.
    const cancel = () => {
      xhr.abort();
      reject(abortError('The upload was cancelled.'));
    };
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onUploadProgress(event.loaded / event.total);
    };
    xhr.onload = () =>
      resolve({
        status: xhr.status,
        body: parseJson(xhr.responseText),
        headers: { get: (name) => xhr.getResponseHeader(name) },
      });
    xhr.onerror = () => reject(new NetworkError('The upload could not reach the server.'));
    xhr.onabort = () => reject(abortError('The upload was cancelled.'));
    xhr.onloadend = () => signal?.removeEventListener('abort', cancel);
    signal?.addEventListener('abort', cancel, { once: true });
    xhr.send(body ?? null);
  });
}
