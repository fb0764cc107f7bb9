import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_RELEASE_UPLOAD_BYTES, type ReleaseImportResponse, type ReleasePreview } from '../../../../contract/admin.ts';
import { invalidateAfterWrite } from '../queries.ts';
import { importRelease, previewRelease } from '../upload-release.ts';

/** The steps of an upload: choose → preview (nothing written) → confirm → done, or a failure. */
export type UploadState =
  | { step: 'choose'; rejected: { file: File; reason: 'size' | 'type' } | null }
  | { step: 'previewing'; file: File; progress: number | null }
  | { step: 'preview'; file: File; preview: ReleasePreview }
  | { step: 'importing'; file: File; preview: ReleasePreview; progress: number | null }
  | { step: 'done'; result: ReleaseImportResponse }
  | { step: 'failed'; file: File; error: unknown };

/** Refused before sending: the server would refuse it too, after a long upload. */
export function rejectFile(file: File): 'size' | 'type' | null {
  if (!/\.(csv|json)$/i.test(file.name) && !['text/csv', 'application/json'].includes(file.type)) return 'type';
  return file.size > MAX_RELEASE_UPLOAD_BYTES ? 'size' : null;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function useReleaseUpload() {
  const client = useQueryClient();
  const [state, setState] = useState<UploadState>({ step: 'choose', rejected: null });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  /** A new request supersedes any earlier one, whose late answer is then ignored. */
  const start = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    return controller.signal;
  }, []);

  const choose = useCallback((file: File) => {
    const reason = rejectFile(file);
    if (reason) return setState({ step: 'choose', rejected: { file, reason } });
    const signal = start();
    setState({ step: 'previewing', file, progress: null });
    const onProgress = (progress: number) => setState((s) => (s.step === 'previewing' && s.file === file ? { ...s, progress } : s));
    previewRelease(file, { signal, onProgress }).then(
      (preview) => !signal.aborted && setState({ step: 'preview', file, preview }),
      (error: unknown) => !signal.aborted && !isAbort(error) && setState({ step: 'failed', file, error }),
    );
  }, [start]);

  const confirm = useCallback(() => {
    if (state.step !== 'preview') return;
    const { file, preview } = state;
    const signal = start();
    setState({ step: 'importing', file, preview, progress: null });
    const onProgress = (progress: number) => setState((s) => (s.step === 'importing' ? { ...s, progress } : s));
    importRelease(file, { signal, onProgress }).then(
      async (result) => {
        if (signal.aborted) return;
        setState({ step: 'done', result });
        await invalidateAfterWrite(client);
      },
      (error: unknown) => !signal.aborted && !isAbort(error) && setState({ step: 'failed', file, error }),
    );
  }, [client, start, state]);

  /** Back to the start; an upload in flight is aborted, so nothing is written. */
  const reset = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ step: 'choose', rejected: null });
  }, []);

  return { state, choose, confirm, reset };
}
