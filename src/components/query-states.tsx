/** Loading and error states shared by every view; they never fetch. */
import { ApiContractError, ApiError } from '../api/client.ts';
import { useI18n } from '../lib/i18n.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

/** A readable error with the server's detail and a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const detail =
    error instanceof ApiError || error instanceof ApiContractError
      ? error.message
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('state.error')}</p>
      <p className="state__detail">{detail}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ message }: { message: string }) {
  return (
    <div className="state state--empty" role="status">
      {message}
    </div>
  );
}
