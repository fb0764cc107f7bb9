import { useEffect } from 'react';

/** Sets the browser tab's title for the page: "<page> · <app>". */
export function useDocumentTitle(page: string | null, app: string): void {
  useEffect(() => {
    document.title = page ? `${page} · ${app}` : app;
  }, [page, app]);
}
