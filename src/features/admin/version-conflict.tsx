/**
 * A write refused with 412 (someone else saved first): "yours" (the draft, kept) beside
 * "theirs" (what is saved now, from the 412), and the two ways on: apply yours again over
 * theirs (re-sent with the current version), or keep theirs. Focus moves here when it
 * appears, so a keyboard or screen-reader user lands on the choice.
 */
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { AdminApiError, type VersionConflict } from './admin-api.ts';
import { useFocusOnMount } from './use-focus-on-mount.ts';

/** The conflict a failed write carries, or null for any other failure. */
export function conflictOf(error: unknown): VersionConflict | null {
  return error instanceof AdminApiError && error.status === 412 ? error.conflict : null;
}

interface Props {
  /** What both wrote, in words: "Lunds mål". */
  what: string;
  conflict: VersionConflict;
  yours: ReactNode;
  theirs: ReactNode;
  /** Null when applying yours again makes no sense (what you changed is gone). */
  onReapply: (() => void) | null;
  onDiscard: () => void;
  /** While the reapplied write is on its way. */
  pending: boolean;
}

export function VersionConflictView({ what, conflict, yours, theirs, onReapply, onDiscard, pending }: Props) {
  const { t } = useI18n('admin');
  const id = useId();
  const ref = useFocusOnMount<HTMLElement>();
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="notice admin-conflict"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-intro`}
    >
      <h3 id={`${id}-heading`}>{t('admin.versionConflict.heading', { what })}</h3>
      <p id={`${id}-intro`}>{t('admin.versionConflict.intro')}</p>
      <div className="admin-audit__diff">
        <div>
          <h4>{t('admin.versionConflict.yours')}</h4>
          {yours}
        </div>
        <div>
          <h4>{t('admin.versionConflict.theirs')}</h4>
          {theirs}
        </div>
      </div>
      <p className="muted">
        {t('admin.versionConflict.versions', { yours: conflict.yourVersion || '–', theirs: conflict.currentVersion })}
      </p>
      <div className="admin-actions">
        {onReapply && (
          <button type="button" className="button" disabled={pending} onClick={onReapply}>
            {pending ? t('admin.versionConflict.saving') : t('admin.versionConflict.reapply')}
          </button>
        )}
        <button type="button" className="button button--quiet" disabled={pending} onClick={onDiscard}>
          {t('admin.versionConflict.discard')}
        </button>
      </div>
    </section>
  );
}

/** Said, and focused, once a coordinator has kept theirs: the button they pressed is gone. */
export function ConflictDiscarded() {
  const { t } = useI18n('admin');
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={ref} tabIndex={-1} role="status">
      {t('admin.versionConflict.discarded')}
    </p>
  );
}
