/** Removing one recorded signing, after asking, based on the version of the city's signings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { citySigningsSchema, signingDeleteResponseSchema, type CitySignings } from '../../../../contract/admin.ts';
import type { Signing } from '../../../../contract/contracts.ts';
import { Loading } from '../../../components/query-states.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { adminFetch, type VersionConflict } from '../admin-api.ts';
import { AdminError } from '../admin-error.tsx';
import { invalidateAfterWrite } from '../queries.ts';
import { useFocusOnMount } from '../use-focus-on-mount.ts';
import { conflictOf, VersionConflictView } from '../version-conflict.tsx';
import { signingQueries } from './queries.ts';
import { SigningInState, useSigningWords } from './signing-words.tsx';

interface Removal {
  /** The version of the city's signings the removal is based on, sent as If-Match. */
  basedOn: string;
  /** A signing of the curated dataset: the coordinator confirmed removing it (`?curated=confirm`). */
  curated: boolean;
}

/**
 * Asks before removing a signing: reads the city's signings (their version, and whether this
 * one came from the curated data, which the text then says), removes it on confirmation,
 * and shows a 412 as yours (the removal) against theirs.
 */
export function RemoveSigning({
  signing,
  cityName,
  onClose,
}: {
  signing: Signing;
  cityName: string;
  onClose: () => void;
}) {
  const { t, lang } = useI18n('admin');
  const id = useId();
  const words = useSigningWords();
  const ref = useFocusOnMount<HTMLElement>();
  const stored = useQuery(signingQueries.city(signing.cityId));
  const { remove, refused } = useRemoval(signing);
  const { versionId, kind } = signing;
  const read = stored.data;
  const current = read?.signings.find((s) => s.versionId === versionId && s.kind === kind);
  const theirs = refused ? citySigningsSchema.safeParse(refused.current) : null;
  const kindWord = words.kind(signing).toLocaleLowerCase(lang);
  const removedText = (audit: number) =>
    t('admin.signings.removed', { city: cityName, kind: kindWord, version: versionId, audit });

  return (
    <section ref={ref} tabIndex={-1} className="notice admin-remove" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {t('admin.signings.removeHeading', { city: cityName, kind: kindWord, version: versionId })}
      </h3>
      <p>{t('admin.signings.removeIntro', { date: formatDay(signing.signedOn, lang) })}</p>
      {current?.origin === 'curated' && <p>{t('admin.signings.removeCurated')}</p>}
      {stored.isPending && <Loading />}
      {stored.isError && <AdminError error={stored.error} onRetry={() => void stored.refetch()} />}
      {refused && theirs?.success ? (
        <RemovalConflict
          signing={signing}
          cityName={cityName}
          refused={refused}
          theirs={theirs.data}
          remove={remove}
          onClose={onClose}
        />
      ) : remove.isSuccess ? (
        <Removed text={removedText(remove.data.auditId)} onClose={onClose} />
      ) : (
        <ConfirmRemoval
          confirm={read && current ? { basedOn: read.version, curated: current.origin === 'curated' } : null}
          remove={remove}
          onClose={onClose}
        />
      )}
      {read && !current && !remove.isSuccess && !refused && (
        <p>{t('admin.signings.notRecorded', { kind: words.kind(signing), version: versionId })}</p>
      )}
      {remove.isError && !conflictOf(remove.error) && <AdminError error={remove.error} />}
    </section>
  );
}

/** `DELETE` of the signing based on a version, keeping a 412's conflict. */
function useRemoval({ cityId, versionId, kind }: Signing) {
  const client = useQueryClient();
  const [refused, setRefused] = useState<VersionConflict | null>(null);
  const remove = useMutation({
    mutationFn: ({ basedOn, curated }: Removal) =>
      adminFetch(
        `/api/v1/admin/signings/${encodeURIComponent(cityId)}/${encodeURIComponent(versionId)}/${kind}${curated ? '?curated=confirm' : ''}`,
        signingDeleteResponseSchema,
        { method: 'DELETE', ifMatch: basedOn },
      ),
    onSuccess: () => {
      setRefused(null);
      void client.invalidateQueries({ queryKey: signingQueries.city(cityId).queryKey });
      return invalidateAfterWrite(client);
    },
    onError: (error) => setRefused(conflictOf(error)),
  });
  return { remove, refused };
}

interface ConflictProps {
  signing: Signing;
  cityName: string;
  refused: VersionConflict;
  /** The city's signings now, from the 412. */
  theirs: CitySignings;
  remove: ReturnType<typeof useRemoval>['remove'];
  onClose: () => void;
}

/** A refused removal (412): the removal against the city's signings now; removing again only while theirs has it. */
function RemovalConflict({ signing, cityName, refused, theirs, remove, onClose }: ConflictProps) {
  const { t, lang } = useI18n('admin');
  const client = useQueryClient();
  const words = useSigningWords();
  const { cityId, versionId, kind } = signing;
  const theirsSigning = theirs.signings.find((s) => s.versionId === versionId && s.kind === kind);
  return (
    <VersionConflictView
      what={t('admin.signings.what', { city: cityName })}
      conflict={refused}
      yours={
        <p>
          {t('admin.signings.removeIntent', {
            kind: words.kind(signing),
            version: versionId,
            date: formatDay(signing.signedOn, lang),
          })}
        </p>
      }
      theirs={<SigningInState state={theirs} versionId={versionId} kind={kind} cityName={cityName} />}
      onReapply={
        theirsSigning
          ? () => remove.mutate({ basedOn: refused.currentVersion, curated: theirsSigning.origin === 'curated' })
          : null
      }
      onDiscard={() => {
        client.setQueryData(signingQueries.city(cityId).queryKey, { ...theirs, version: refused.currentVersion });
        onClose();
      }}
      pending={remove.isPending}
    />
  );
}

/** Remove (once the city's signings are read and hold this one) or cancel. */
function ConfirmRemoval({
  confirm,
  remove,
  onClose,
}: {
  /** The removal a click sends; null while there is none to send. */
  confirm: Removal | null;
  remove: ReturnType<typeof useRemoval>['remove'];
  onClose: () => void;
}) {
  const { t } = useI18n('admin');
  return (
    <div className="admin-actions">
      {confirm && (
        <button type="button" className="button" disabled={remove.isPending} onClick={() => remove.mutate(confirm)}>
          {remove.isPending ? t('admin.signings.removing') : t('admin.signings.removeConfirm')}
        </button>
      )}
      <CloseButton label={t('admin.signings.cancel')} onClose={onClose} />
    </div>
  );
}

function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="button button--quiet" onClick={onClose}>
      {label}
    </button>
  );
}

/** Said, and focused, once removed; then only Close is left. */
function Removed({ text, onClose }: { text: string; onClose: () => void }) {
  const { t } = useI18n('admin');
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <>
      <p ref={ref} tabIndex={-1} className="admin-success" role="status">
        {text}
      </p>
      <div className="admin-actions">
        <CloseButton label={t('admin.signings.close')} onClose={onClose} />
      </div>
    </>
  );
}
