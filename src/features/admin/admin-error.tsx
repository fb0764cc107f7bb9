/** An admin request's failure in words: wrong token, writes not enabled, too many attempts, someone else saved first, or the server's detail. */
import { ApiError } from '../../api/client.ts';
import type { Translate } from '../../lib/i18n.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { AdminApiError } from './admin-api.ts';
import { clearAdminToken } from './admin-token.ts';

/** The sentence for an error, and the server's detail where it tells the reader what to do. */
export function describeAdminError(error: unknown, t: Translate<'admin'>): { message: string; detail: string | null } {
  if (error instanceof ApiError) {
    const detail = error.problem?.detail ?? null;
    if (error.status === 401) return { message: t('admin.error.401'), detail: null };
    // 403: writes are not enabled on this server; its detail says how to enable them.
    if (error.status === 403) return { message: t('admin.error.403'), detail: detail ?? error.message };
    if (error.status === 429) {
      const seconds = error instanceof AdminApiError ? error.retryAfterSeconds : null;
      return {
        message: seconds === null ? t('admin.error.429NoWait') : t('admin.error.429', { seconds }),
        detail: null,
      };
    }
    // Where a form shows the conflict itself (yours and theirs), these are only the fallback.
    if (error.status === 412) return { message: t('admin.error.412'), detail: detail ?? error.message };
    if (error.status === 428) return { message: t('admin.error.428'), detail: null };
    return { message: t('admin.error.other'), detail: error.message };
  }
  return { message: t('admin.error.other'), detail: error instanceof Error ? error.message : String(error) };
}

/** Shown where a request failed. A 401 after sign-in means the token was withdrawn: offer to sign in again. */
export function AdminError({
  error,
  onRetry,
  offerSignIn = true,
}: {
  error: unknown;
  onRetry?: () => void;
  offerSignIn?: boolean;
}) {
  const { t } = useI18n('admin');
  const { message, detail } = describeAdminError(error, t);
  const unauthorised = offerSignIn && error instanceof ApiError && error.status === 401;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{message}</p>
      {detail && <p className="state__detail">{detail}</p>}
      {unauthorised ? (
        <button type="button" className="button" onClick={clearAdminToken}>
          {t('admin.error.signInAgain')}
        </button>
      ) : (
        onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('state.retry')}
          </button>
        )
      )}
    </div>
  );
}
