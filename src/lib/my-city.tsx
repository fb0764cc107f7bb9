/**
 * "My city": one city a reader follows, remembered in this browser (localStorage) and
 * highlighted wherever cities are listed or drawn. The server cannot know it, so pages are
 * rendered and hydrated without one (useSyncExternalStore's server snapshot) and the
 * highlight appears right after.
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';

const STORAGE_KEY = 'ks.myCity';
const listeners = new Set<() => void>();

/** Kept in memory where storage is refused (private mode), so a choice still holds for this visit. */
let unstored: string | null = null;
let storageWorks = true;

function snapshot(): string | null {
  if (!storageWorks) return unstored;
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value && /^[a-z0-9-]{1,64}$/.test(value) ? value : null;
  } catch {
    storageWorks = false;
    return unstored;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

interface MyCity {
  /** The chosen city id, or null. */
  myCity: string | null;
  setMyCity: (id: string | null) => void;
}

const MyCityContext = createContext<MyCity | null>(null);

export function MyCityProvider({ children }: { children: ReactNode }) {
  const myCity = useSyncExternalStore(subscribe, snapshot, () => null);
  const setMyCity = useCallback((id: string | null) => {
    unstored = id;
    try {
      if (id) localStorage.setItem(STORAGE_KEY, id);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Not remembered, but still chosen for this visit.
      storageWorks = false;
    }
    for (const listener of listeners) listener();
  }, []);
  const value = useMemo(() => ({ myCity, setMyCity }), [myCity, setMyCity]);
  return <MyCityContext.Provider value={value}>{children}</MyCityContext.Provider>;
}

export function useMyCity(): MyCity {
  const value = useContext(MyCityContext);
  if (!value) throw new Error('useMyCity must be used inside <MyCityProvider>');
  return value;
}
