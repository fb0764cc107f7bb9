/**
 * The coordinator's token lives only in sessionStorage: it goes with the tab, never in
 * localStorage, a cookie or the query cache. Fetchers read it when they run, so it is
 * never part of a query key either.
 */
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'ks.admin.token';
const listeners = new Set<() => void>();

export function readAdminToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (blocked by the browser): then nobody is signed in.
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function storeAdminToken(token: string): void {
  sessionStorage.setItem(STORAGE_KEY, token);
  notify();
}

export function clearAdminToken(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } finally {
    notify();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a token is stored; re-renders on sign-in and sign-out. */
export function useHasAdminToken(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => readAdminToken() !== null,
    () => false,
  );
}
