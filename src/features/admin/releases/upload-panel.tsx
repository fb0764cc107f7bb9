import { useId, type ReactNode } from 'react';
import { MAX_RELEASE_UPLOAD_BYTES } from '../../../../contract/admin.ts';
import { formatFileSize } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { AdminApiError } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { useFocusOnMount } from '../use-focus-on-mount.ts';
import { FileDrop } from './file-drop.tsx';
import { ImportProblems } from './import-problems.tsx';
import { ReleasePreview } from './release-preview.tsx';
import { UploadProgress } from './upload-progress.tsx';
import { useReleaseUpload } from './use-release-upload.ts';

/** Upload a release file, read the preview, then confirm or cancel. */
export function UploadPanel() {
  const { t, lang } = useI18n();
  const id = useId();
  const { state, choose, confirm, reset } = useReleaseUpload();
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
                ? t('admin.upload.tooLarge', { size: formatFileSize(state.rejected.file.size, lang), max: formatFileSize(MAX_RELEASE_UPLOAD_BYTES, lang) })
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
          actions={
            state.step === 'importing' ? (
              <UploadProgress fileName={state.file.name} fraction={state.progress} />
            ) : (
              <>
                {state.preview.status === 'new' && (
                  <button type="button" className="button" onClick={confirm}>
                    {t('admin.upload.confirm')}
                  </button>
                )}
                <button type="button" className="button button--quiet" onClick={reset}>
                  {t('admin.upload.cancel')}
                </button>
              </>
            )
          }
        />
      )}
      {state.step === 'done' && <ImportDone release={state.result.release.label[lang]} releaseId={state.result.release.id} auditId={state.result.auditId} created={state.result.status === 'created'} action={startOver} />}
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
        {created ? t('admin.upload.created', { release: name, audit: auditId ?? '–' }) : t('admin.upload.unchangedDone', { release: name })}
      </p>
      <div className="admin-actions">{action}</div>
    </div>
  );
}
