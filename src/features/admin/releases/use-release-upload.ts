/** The state of a release upload, from choosing a file to the import, with its requests cancelled when superseded. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  MAX_RELEASE_UPLOAD_BYTES,
  type ReleaseImportResponse,
  type ReleasePreview,
} from '../../../../contract/admin.ts';
import { isAbortError } from '../../../api/errors.ts';
import { importRelease, previewRelease, XLSX_CONTENT_TYPE } from '../upload-release.ts';
import { invalidateAfterReleaseWrite, releaseConflictOf, type CurrentRelease } from './queries.ts';

/**
 * The steps of an upload: choose → preview (nothing written; large changes must be
 * confirmed) → import → done; or a failure, or a conflict (another coordinator changed the
 * current release after the preview: preview again).
 */
export type UploadState =
  | { step: 'choose'; rejected: { file: File; reason: 'size' | 'type' } | null }
  | { step: 'previewing'; file: File; progress: number | null }
  | { step: 'preview'; file: File; preview: ReleasePreview; confirmed: boolean }
  | { step: 'importing'; file: File; preview: ReleasePreview; progress: number | null }
  | { step: 'done'; result: ReleaseImportResponse }
  | { step: 'conflict'; file: File; preview: ReleasePreview; theirs: CurrentRelease }
  | { step: 'failed'; file: File; error: unknown };

const ACCEPTED_TYPES = ['text/csv', 'application/json', XLSX_CONTENT_TYPE];

/** Refused before sending: the server would refuse it too, after a long upload. */
export function rejectFile(file: File): 'size' | 'type' | null {
  if (!/\.(csv|json|xlsx)$/i.test(file.name) && !ACCEPTED_TYPES.includes(file.type)) return 'type';
  return file.size > MAX_RELEASE_UPLOAD_BYTES ? 'size' : null;
}

/** Whether the preview can be imported now: a new release, its large changes (if any) confirmed. */
export const canImport = (preview: ReleasePreview, confirmed: boolean) =>
  preview.status === 'new' && (preview.warningCount === 0 || confirmed);

/**
 * One request at a time: `start` aborts the one in flight and gives the new one's signal (an
 * aborted request's late answer is then ignored); `stop` aborts it; unmounting aborts it too.
 */
function useLatestRequest() {
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  const start = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    return controller.signal;
  }, []);
  const stop = useCallback(() => {
    running.current?.abort();
    running.current = null;
  }, []);
  return { start, stop };
}

export function useReleaseUpload() {
  const client = useQueryClient();
  const [state, setState] = useState<UploadState>({ step: 'choose', rejected: null });
  const { start, stop } = useLatestRequest();

  const choose = useCallback(
    (file: File) => {
      const reason = rejectFile(file);
      if (reason) return setState({ step: 'choose', rejected: { file, reason } });
      const signal = start();
      setState({ step: 'previewing', file, progress: null });
      const onProgress = (progress: number) =>
        setState((s) => (s.step === 'previewing' && s.file === file ? { ...s, progress } : s));
      previewRelease(file, { signal, onProgress }).then(
        (preview) => !signal.aborted && setState({ step: 'preview', file, preview, confirmed: false }),
        (error: unknown) => !signal.aborted && !isAbortError(error) && setState({ step: 'failed', file, error }),
      );
    },
    [start],
  );

  /** Ticks or unticks "I have read the large changes". */
  const setConfirmed = useCallback(
    (confirmed: boolean) => setState((s) => (s.step === 'preview' ? { ...s, confirmed } : s)),
    [],
  );

  const confirm = useCallback(() => {
    if (state.step !== 'preview' || !canImport(state.preview, state.confirmed)) return;
    const { file, preview } = state;
    const signal = start();
    setState({ step: 'importing', file, preview, progress: null });
    const onProgress = (progress: number) => setState((s) => (s.step === 'importing' ? { ...s, progress } : s));
    importRelease(
      file,
      { version: preview.version, confirmWarnings: preview.warningCount > 0 ? preview.warningsHash : null },
      { signal, onProgress },
    ).then(
      async (result) => {
        if (signal.aborted) return;
        setState({ step: 'done', result });
        await invalidateAfterReleaseWrite(client);
      },
      (error: unknown) => {
        if (signal.aborted || isAbortError(error)) return;
        const theirs = releaseConflictOf(error);
        setState(theirs ? { step: 'conflict', file, preview, theirs } : { step: 'failed', file, error });
        // Someone else's write: the release list and the views should show it too.
        if (theirs) void invalidateAfterReleaseWrite(client);
      },
    );
  }, [client, start, state]);

  /** Back to the start; an upload in flight is aborted, so nothing is written. */
  const reset = useCallback(() => {
    stop();
    setState({ step: 'choose', rejected: null });
  }, [stop]);

  return { state, choose, setConfirmed, confirm, reset };
}
