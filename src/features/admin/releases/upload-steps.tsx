/** The steps of the release upload card (./upload-panel.tsx): choose a file, read the preview, see it done or failed. */
import { useId, type ReactNode } from 'react';
import { MAX_RELEASE_UPLOAD_BYTES, type ReleasePreview as Preview } from '../../../../contract/admin.ts';
import { formatFileSize } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AdminApiError } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { useFocusOnMount } from '../use-focus-on-mount.ts';
import { FileDrop } from './file-drop.tsx';
import { ImportProblems } from './import-problems.tsx';
import { ReleasePreview } from './release-preview.tsx';
import { ReleaseWarnings } from './release-warnings.tsx';
import { UploadProgress } from './upload-progress.tsx';
import { canImport, type UploadState } from './use-release-upload.ts';

type Rejected = Extract<UploadState, { step: 'choose' }>['rejected'];

/** The file drop, and why the last file chosen was refused before sending. */
export function ChooseStep({ rejected, onFile }: { rejected: Rejected; onFile: (file: File) => void }) {
  const { t, lang } = useI18n('admin');
  return (
    <>
      <FileDrop onFile={onFile} />
      {rejected && (
        <p className="admin-field__error" role="alert">
          {rejected.reason === 'size'
            ? t('admin.upload.tooLarge', {
                size: formatFileSize(rejected.file.size, lang),
                max: formatFileSize(MAX_RELEASE_UPLOAD_BYTES, lang),
              })
            : t('admin.upload.wrongType', { name: rejected.file.name })}
        </p>
      )}
    </>
  );
}

interface PreviewStepProps {
  state: Extract<UploadState, { step: 'preview' | 'importing' }>;
  onConfirmedChange: (confirmed: boolean) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** The preview with its warnings to confirm, and Import/Cancel, or the import's progress once sent. */
export function PreviewStep({ state, onConfirmedChange, onImport, onCancel }: PreviewStepProps) {
  return (
    <ReleasePreview
      preview={state.preview}
      confirmation={
        <ReleaseWarnings
          preview={state.preview}
          confirmed={state.step === 'importing' || state.confirmed}
          disabled={state.step === 'importing'}
          onConfirmedChange={onConfirmedChange}
        />
      }
      actions={
        state.step === 'importing' ? (
          <UploadProgress fileName={state.file.name} fraction={state.progress} />
        ) : (
          <PreviewActions preview={state.preview} confirmed={state.confirmed} onImport={onImport} onCancel={onCancel} />
        )
      }
    />
  );
}

/** A refused upload: its problems listed by row and column (422), or the error. */
export function FailedStep({ error, file, action }: { error: unknown; file: File; action: ReactNode }) {
  return (
    <>
      {error instanceof AdminApiError && error.importProblems ? (
        <ImportProblems problem={error.importProblems} fileName={file.name} />
      ) : (
        <AdminError error={error} />
      )}
      <div className="admin-actions">{action}</div>
    </>
  );
}

interface PreviewActionsProps {
  preview: Preview;
  confirmed: boolean;
  onImport: () => void;
  onCancel: () => void;
}

/** Import (only a new release; with large changes only once they are confirmed) or cancel. */
function PreviewActions({ preview, confirmed, onImport, onCancel }: PreviewActionsProps) {
  const { t } = useI18n('admin');
  const hint = useId();
  const blocked = preview.status === 'new' && !canImport(preview, confirmed);
  return (
    <>
      {preview.status === 'new' && (
        <button
          type="button"
          className="button"
          onClick={onImport}
          disabled={blocked}
          aria-describedby={blocked ? hint : undefined}
        >
          {t('admin.upload.confirm')}
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('admin.upload.cancel')}
      </button>
      {blocked && (
        <span id={hint} className="muted">
          {t('admin.warnings.confirmFirst')}
        </span>
      )}
    </>
  );
}

interface DoneProps {
  release: string;
  releaseId: string;
  auditId: number | null;
  created: boolean;
  action: ReactNode;
}

export function ImportDone({ release, releaseId, auditId, created, action }: DoneProps) {
  const { t } = useI18n('admin');
  const message = useFocusOnMount<HTMLParagraphElement>();
  const name = `${release} (${releaseId})`;
  return (
    <div className="admin-result">
      <p ref={message} tabIndex={-1} role="status" className="admin-success">
        {created
          ? t('admin.upload.created', { release: name, audit: auditId ?? '–' })
          : t('admin.upload.unchangedDone', { release: name })}
      </p>
      <div className="admin-actions">{action}</div>
    </div>
  );
}
