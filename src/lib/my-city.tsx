/**
 * "My city": one city a reader follows, remembered in this browser (localStorage) and
 * highlighted wherever cities are listed or drawn.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'ks.myCity';

function readStored(): string | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value && /^[a-z0-9-]{1,64}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

interface MyCity {
  /** The chosen city id, or null. */
  myCity: string | null;
  setMyCity: (id: string | null) => void;
}

const MyCityContext = createContext<MyCity | null>(null);

export function MyCityProvider({ children }: { children: ReactNode }) {
  const [myCity, setState] = useState<string | null>(readStored);
  const setMyCity = useCallback((id: string | null) => {
    setState(id);
    try {
      if (id) localStorage.setItem(STORAGE_KEY, id);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Not remembered, but still chosen for this visit.
    }
  }, []);
  const value = useMemo(() => ({ myCity, setMyCity }), [myCity, setMyCity]);
  return <MyCityContext.Provider value={value}>{children}</MyCityContext.Provider>;
}

export function useMyCity(): MyCity {
  const value = useContext(MyCityContext);
  if (!value) throw new Error('useMyCity must be used inside <MyCityProvider>');
  return value;
}
