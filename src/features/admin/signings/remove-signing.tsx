import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { citySigningsSchema, signingDeleteResponseSchema } from '../../../../contract/admin.ts';
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
  const { t, lang } = useI18n();
  const id = useId();
  const client = useQueryClient();
  const words = useSigningWords();
  const ref = useFocusOnMount<HTMLElement>();
  const stored = useQuery(signingQueries.city(signing.cityId));
  const [refused, setRefused] = useState<VersionConflict | null>(null);
  const { cityId, versionId, kind } = signing;
  const remove = useMutation({
    mutationFn: ({ basedOn, curated }: Removal) =>
      adminFetch(
        `/api/v1/admin/signings/${encodeURIComponent(cityId)}/${encodeURIComponent(versionId)}/${kind}${curated ? '?curated=confirm' : ''}`,
        signingDeleteResponseSchema,
        {
          method: 'DELETE',
          ifMatch: basedOn,
        },
      ),
    onSuccess: () => {
      setRefused(null);
      void client.invalidateQueries({ queryKey: signingQueries.city(cityId).queryKey });
      return invalidateAfterWrite(client);
    },
    onError: (error) => setRefused(conflictOf(error)),
  });
  const read = stored.data;
  const current = read?.signings.find((s) => s.versionId === versionId && s.kind === kind);
  const theirs = refused ? citySigningsSchema.safeParse(refused.current) : null;
  const theirsSigning = theirs?.success
    ? theirs.data.signings.find((s) => s.versionId === versionId && s.kind === kind)
    : undefined;
  const kindWord = words.kind(signing).toLocaleLowerCase(lang);

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
          theirs={<SigningInState state={theirs.data} versionId={versionId} kind={kind} cityName={cityName} />}
          // Removing again only makes sense while theirs still has the signing.
          onReapply={
            theirsSigning
              ? () => remove.mutate({ basedOn: refused.currentVersion, curated: theirsSigning.origin === 'curated' })
              : null
          }
          onDiscard={() => {
            client.setQueryData(signingQueries.city(cityId).queryKey, {
              ...theirs.data,
              version: refused.currentVersion,
            });
            onClose();
          }}
          pending={remove.isPending}
        />
      ) : remove.isSuccess ? (
        <Removed
          text={t('admin.signings.removed', {
            city: cityName,
            kind: kindWord,
            version: versionId,
            audit: remove.data.auditId,
          })}
        />
      ) : (
        <div className="admin-actions">
          {read && current && (
            <button
              type="button"
              className="button"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ basedOn: read.version, curated: current.origin === 'curated' })}
            >
              {remove.isPending ? t('admin.signings.removing') : t('admin.signings.removeConfirm')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('admin.signings.cancel')}
          </button>
        </div>
      )}
      {read && !current && !remove.isSuccess && !refused && (
        <p>{t('admin.signings.notRecorded', { kind: words.kind(signing), version: versionId })}</p>
      )}
      {remove.isError && !conflictOf(remove.error) && <AdminError error={remove.error} />}
      {remove.isSuccess && (
        <div className="admin-actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('admin.signings.close')}
          </button>
        </div>
      )}
    </section>
  );
}

function Removed({ text }: { text: string }) {
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={ref} tabIndex={-1} className="admin-success" role="status">
      {text}
    </p>
  );
}
