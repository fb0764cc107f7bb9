/**
 * Whether the last API answers came from the server or not: the fetch client publishes it,
 * the UI subscribes (useSyncExternalStore). No UI here.
 *
 * 'unreachable' after a request the network could not complete, or one the service worker
 * answered from its cache because the server did not (public/sw.js marks those with
 * OFFLINE_CACHE_HEADER); 'ok' again after the next answer from the server itself.
 */
export type ServerStatus = 'ok' | 'unreachable';

/** Set by public/sw.js on an API answer it took from its cache because the network failed. */
export const OFFLINE_CACHE_HEADER = 'X-Served-From-Cache';

let status: ServerStatus = 'ok';
const listeners = new Set<() => void>();

export function serverStatus(): ServerStatus {
  return status;
}

export function reportServerStatus(next: ServerStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

export function subscribeServerStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
