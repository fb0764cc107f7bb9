/**
 * A write based on a version (sent as If-Match), as a mutation that keeps a 412's conflict
 * together with the request refused, so a form can show yours against theirs and offer to
 * apply yours again. The refusal is kept in state, not read from the mutation: it stays on
 * screen while "apply mine again" is on its way.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { VersionConflict } from './admin-api.ts';
import { conflictOf } from './version-conflict.tsx';

export interface VersionedWrite<R> {
  request: R;
  /** The version the request is based on, sent as If-Match. */
  basedOn: string;
}

export interface Refused<R> {
  conflict: VersionConflict;
  request: R;
}

export function useVersionedSave<R, D>(
  write: (write: VersionedWrite<R>) => Promise<D>,
  onSaved: (saved: D, write: VersionedWrite<R>) => Promise<unknown> | undefined,
) {
  const [refused, setRefused] = useState<Refused<R> | null>(null);
  const save = useMutation({
    mutationFn: write,
    onSuccess: (saved, sent) => {
      setRefused(null);
      return onSaved(saved, sent);
    },
    onError: (error, { request }) => {
      const conflict = conflictOf(error);
      setRefused(conflict ? { conflict, request } : null);
    },
  });
  /** Sends the refused request again, based on the version that refused it. */
  const reapply = () => {
    if (refused) save.mutate({ request: refused.request, basedOn: refused.conflict.currentVersion });
  };
  /** Forgets the last outcome: before a new save, or once theirs is kept. */
  const clear = () => {
    setRefused(null);
    save.reset();
  };
  return { save, refused, reapply, clear };
}
