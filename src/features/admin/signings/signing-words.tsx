import type { CitySignings } from '../../../../contract/admin.ts';
import type { Signing } from '../../../../contract/contracts.ts';
import { formatDay } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';

type Said = Pick<Signing, 'kind' | 'versionId' | 'signedOn'>;

/** "Kontrakt 2020, signerat 11 dec. 2020". */
export function useSigningWords() {
  const { t, lang } = useI18n('admin');
  const kind = (s: Pick<Signing, 'kind'>) => t(`admin.signings.kind.${s.kind}`);
  return {
    kind,
    line: (s: Said) =>
      t('admin.signings.summary', { kind: kind(s), version: s.versionId, date: formatDay(s.signedOn, lang) }),
    /** Everything recorded for a city, in one sentence. */
    recorded: (cityName: string, state: CitySignings) =>
      state.signings.length === 0
        ? t('admin.signings.recordedNone', { city: cityName })
        : t('admin.signings.recordedNow', {
            city: cityName,
            list: state.signings
              .map((s) => `${kind(s).toLocaleLowerCase(lang)} ${s.versionId} (${formatDay(s.signedOn, lang)})`)
              .join(', '),
          }),
  };
}

/** One side of a signing's conflict: the signing with this version and kind in `state`, or that it is not recorded. */
export function SigningInState({
  state,
  versionId,
  kind,
  cityName,
}: {
  state: CitySignings;
  versionId: string;
  kind: Signing['kind'];
  cityName: string;
}) {
  const { t } = useI18n('admin');
  const words = useSigningWords();
  const found = state.signings.find((s) => s.versionId === versionId && s.kind === kind);
  return (
    <>
      <p>
        {found
          ? words.line(found)
          : t('admin.signings.notRecorded', { kind: words.kind({ kind }), version: versionId })}
      </p>
      <p className="muted">{words.recorded(cityName, state)}</p>
    </>
  );
}
