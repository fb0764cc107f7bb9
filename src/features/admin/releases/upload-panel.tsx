import { useId, type ReactNode } from 'react';
import { MAX_RELEASE_UPLOAD_BYTES, type ReleasePreview as Preview } from '../../../../contract/admin.ts';
import { formatFileSize } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AdminApiError } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { useFocusOnMount } from '../use-focus-on-mount.ts';
import { FileDrop } from './file-drop.tsx';
import { ImportProblems } from './import-problems.tsx';
import { ReleaseConflict } from './release-conflict.tsx';
import { ReleasePreview } from './release-preview.tsx';
import { ReleaseWarnings } from './release-warnings.tsx';
import { UploadProgress } from './upload-progress.tsx';
import { canImport, useReleaseUpload } from './use-release-upload.ts';

/** Upload a release file, read the preview (confirming any large changes), then import or cancel. */
export function UploadPanel() {
  const { t, lang } = useI18n();
  const id = useId();
  const { state, choose, setConfirmed, confirm, reset } = useReleaseUpload();
  const startOver = (
    <button type="button" className="button button--quiet" onClick={reset}>
      {t('admin.upload.startOver')}
    </button>
  );

  return (
    <section className="admin-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.upload.heading')}</h2>
      <p className="muted">{t('admin.upload.intro')}</p>
      {state.step === 'choose' && (
        <>
          <FileDrop onFile={choose} />
          {state.rejected && (
            <p className="admin-field__error" role="alert">
              {state.rejected.reason === 'size'
                ? t('admin.upload.tooLarge', {
                    size: formatFileSize(state.rejected.file.size, lang),
                    max: formatFileSize(MAX_RELEASE_UPLOAD_BYTES, lang),
                  })
                : t('admin.upload.wrongType', { name: state.rejected.file.name })}
            </p>
          )}
        </>
      )}
      {state.step === 'previewing' && (
        <>
          <UploadProgress fileName={state.file.name} fraction={state.progress} />
          <button type="button" className="button button--quiet" onClick={reset}>
            {t('admin.upload.cancel')}
          </button>
        </>
      )}
      {(state.step === 'preview' || state.step === 'importing') && (
        <ReleasePreview
          preview={state.preview}
          confirmation={
            <ReleaseWarnings
              preview={state.preview}
              confirmed={state.step === 'importing' || state.confirmed}
              disabled={state.step === 'importing'}
              onConfirmedChange={setConfirmed}
            />
          }
          actions={
            state.step === 'importing' ? (
              <UploadProgress fileName={state.file.name} fraction={state.progress} />
            ) : (
              <PreviewActions preview={state.preview} confirmed={state.confirmed} onImport={confirm} onCancel={reset} />
            )
          }
        />
      )}
      {state.step === 'done' && (
        <ImportDone
          release={state.result.release.label[lang]}
          releaseId={state.result.release.id}
          auditId={state.result.auditId}
          created={state.result.status === 'created'}
          action={startOver}
        />
      )}
      {state.step === 'conflict' && (
        <ReleaseConflict
          yours={state.preview.comparedWith}
          theirs={state.theirs}
          context="upload"
          actions={
            <>
              <button type="button" className="button" onClick={() => choose(state.file)}>
                {t('admin.releaseConflict.previewAgain')}
              </button>
              {startOver}
            </>
          }
        />
      )}
      {state.step === 'failed' && (
        <>
          {state.error instanceof AdminApiError && state.error.importProblems ? (
            <ImportProblems problem={state.error.importProblems} fileName={state.file.name} />
          ) : (
            <AdminError error={state.error} />
          )}
          <div className="admin-actions">{startOver}</div>
        </>
      )}
    </section>
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
  const { t } = useI18n();
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

function ImportDone({ release, releaseId, auditId, created, action }: DoneProps) {
  const { t } = useI18n();
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
