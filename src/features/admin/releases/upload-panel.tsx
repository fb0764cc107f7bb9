/** The release upload card: one step of useReleaseUpload at a time, each drawn by ./upload-steps.tsx. */
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { ReleaseConflict } from './release-conflict.tsx';
import { UploadProgress } from './upload-progress.tsx';
import { ChooseStep, FailedStep, ImportDone, PreviewStep } from './upload-steps.tsx';
import { useReleaseUpload } from './use-release-upload.ts';

/** Upload a release file, read the preview (confirming any large changes), then import or cancel. */
export function UploadPanel() {
  const { t, lang } = useI18n('admin');
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
      {state.step === 'choose' && <ChooseStep rejected={state.rejected} onFile={choose} />}
      {state.step === 'previewing' && (
        <>
          <UploadProgress fileName={state.file.name} fraction={state.progress} />
          <button type="button" className="button button--quiet" onClick={reset}>
            {t('admin.upload.cancel')}
          </button>
        </>
      )}
      {(state.step === 'preview' || state.step === 'importing') && (
        <PreviewStep state={state} onConfirmedChange={setConfirmed} onImport={confirm} onCancel={reset} />
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
      {state.step === 'failed' && <FailedStep error={state.error} file={state.file} action={startOver} />}
    </section>
  );
}
