/** The fields of the signing form (./signing-form.tsx): city, version, kind, date and source. */
import { FIRST_SIGNING_DAY, latestSigningDay } from '../../../../contract/admin.ts';
import type { CitySummary } from '../../../../contract/cities.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { CityOptions } from '../city-options.tsx';
import { Field } from '../field.tsx';
import type { SigningDraft, SigningField } from './signing-draft.ts';

interface Props {
  draft: SigningDraft;
  cities: readonly CitySummary[];
  today: string;
  /** A field's message: the form's own check first, then the server's. */
  errorOf: (field: SigningField) => string | null | undefined;
  set: (field: SigningField) => (event: { target: { value: string } }) => void;
}

export function SigningFields({ draft, cities, today, errorOf, set }: Props) {
  const { t } = useI18n('admin');
  return (
    <>
      <Field label={t('admin.signings.city')} error={errorOf('cityId')}>
        {(p) => (
          <select {...p} value={draft.cityId} onChange={set('cityId')}>
            <CityOptions cities={cities} />
          </select>
        )}
      </Field>
      <Field label={t('admin.signings.version')} error={errorOf('versionId')}>
        {(p) => <input {...p} inputMode="numeric" maxLength={4} value={draft.versionId} onChange={set('versionId')} />}
      </Field>
      <Field label={t('admin.signings.kind')} error={errorOf('kind')}>
        {(p) => (
          <select {...p} value={draft.kind} onChange={set('kind')}>
            <option value="contract">{t('admin.signings.kind.contract')}</option>
            <option value="letter-of-intent">{t('admin.signings.kind.letter-of-intent')}</option>
          </select>
        )}
      </Field>
      <Field label={t('admin.signings.date')} error={errorOf('signedOn')}>
        {(p) => (
          <input
            {...p}
            type="date"
            min={FIRST_SIGNING_DAY}
            max={latestSigningDay(today)}
            value={draft.signedOn}
            onChange={set('signedOn')}
          />
        )}
      </Field>
      <Field label={t('admin.signings.sourceUrl')} error={errorOf('sourceUrl')} className="admin-field--wide">
        {(p) => <input {...p} type="url" value={draft.sourceUrl} onChange={set('sourceUrl')} />}
      </Field>
      <Field label={t('admin.signings.sourceTitle')} error={errorOf('sourceTitle')} className="admin-field--wide">
        {(p) => <input {...p} maxLength={300} value={draft.sourceTitle} onChange={set('sourceTitle')} />}
      </Field>
    </>
  );
}
