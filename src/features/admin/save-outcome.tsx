/** Under an admin form, announced as it changes: what to correct, that theirs was kept, what was saved, or why the save failed. */
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { AdminError } from './admin-error.tsx';
import { ConflictDiscarded, conflictOf } from './version-conflict.tsx';

interface Props {
  /** "Correct the marked fields", in the form's words. */
  fixFields: string;
  /** The form's own check found fields to correct. */
  invalid: boolean;
  /** Theirs was kept after a 412. */
  discarded: boolean;
  /** What was saved, in words; null until a save succeeded. */
  saved: ReactNode;
  /** The save's error; null while there is none. */
  error: unknown;
  /** A 412 whose current state ("theirs") did not match the contract, so it cannot be shown. */
  unreadable: boolean;
  /** The error is about one field, shown at that field: only point to it here. */
  atField: boolean;
  className?: string;
}

/** The conflict view says a 412 it can show; everything else about the last save is said here. */
export function SaveOutcome({ fixFields, invalid, discarded, saved, error, unreadable, atField, className }: Props) {
  const { t } = useI18n('admin');
  return (
    <div className={className} aria-live="polite">
      {invalid && <p className="admin-field__error">{fixFields}</p>}
      {discarded && <ConflictDiscarded />}
      {saved}
      {unreadable && <p role="alert">{t('admin.versionConflict.unreadable')}</p>}
      {error !== null &&
        !conflictOf(error) &&
        (atField ? <p className="admin-field__error">{fixFields}</p> : <AdminError error={error} />)}
    </div>
  );
}
