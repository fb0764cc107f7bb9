import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { EmptyState, Loading } from '../../../components/query-states.tsx';
import { useI18n } from '../../../lib/i18n.tsx';
import { AdminError } from '../admin-error.tsx';
import { adminQueries } from '../queries.ts';
import { AuditEntry } from './audit-entry.tsx';

/** The Audit log tab: every write, newest first, a page at a time. */
export function AuditSection() {
  const { t } = useI18n('admin');
  const id = useId();
  const audit = useInfiniteQuery(adminQueries.audit());
  const entries = audit.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <section className="admin-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.audit.heading')}</h2>
      <p className="muted">{t('admin.audit.intro')}</p>
      {audit.isPending ? (
        <Loading />
      ) : audit.isError && entries.length === 0 ? (
        <AdminError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState message={t('admin.audit.empty')} />
      ) : (
        <>
          <ol className="admin-audit" aria-labelledby={`${id}-heading`}>
            {entries.map((entry) => (
              <AuditEntry key={entry.id} entry={entry} />
            ))}
          </ol>
          {audit.isFetchNextPageError && <AdminError error={audit.error} onRetry={() => void audit.fetchNextPage()} />}
          {audit.hasNextPage ? (
            <button
              type="button"
              className="button button--quiet"
              disabled={audit.isFetchingNextPage}
              onClick={() => void audit.fetchNextPage()}
            >
              {audit.isFetchingNextPage ? t('admin.audit.loadingOlder') : t('admin.audit.older')}
            </button>
          ) : (
            <p className="muted">{t('admin.audit.end')}</p>
          )}
        </>
      )}
    </section>
  );
}
