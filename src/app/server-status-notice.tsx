/**
 * Says so when the page shows data the server did not just give: the last answers kept by
 * react-query or the service worker while the server does not respond. A view with nothing
 * kept shows its own error state with a retry instead (components/query-states.tsx).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { serverStatus, subscribeServerStatus } from '../api/server-status.ts';
import { useI18n } from '../lib/i18n.tsx';

/** True when the server is unreachable and some query still holds data to show. */
function useShowingKeptData(): boolean {
  const client = useQueryClient();
  const status = useSyncExternalStore(subscribeServerStatus, serverStatus, serverStatus);
  const cache = client.getQueryCache();
  // 'failed': a refetch failed and the view kept its data; 'kept': some view has data to show.
  const queries = useSyncExternalStore(
    useCallback((listener: () => void) => cache.subscribe(listener), [cache]),
    () => {
      const all = cache.getAll();
      if (all.some((q) => q.state.status === 'error' && q.state.data !== undefined)) return 'failed';
      return all.some((q) => q.state.data !== undefined) ? 'kept' : 'none';
    },
    () => 'none' as const,
  );
  return queries === 'failed' || (status === 'unreachable' && queries === 'kept');
}

export function ServerStatusNotice() {
  const { t } = useI18n();
  const client = useQueryClient();
  const showing = useShowingKeptData();
  const [retrying, setRetrying] = useState(false);
  if (!showing) return null;
  const retry = () => {
    setRetrying(true);
    void client.refetchQueries({ type: 'active' }).finally(() => setRetrying(false));
  };
  return (
    <div className="server-notice" role="status">
      <p>{t('stale.notice')}</p>
      <button type="button" className="button" onClick={retry} disabled={retrying}>
        {retrying ? t('stale.retrying') : t('stale.retry')}
      </button>
    </div>
  );
}
