/** The roster form's fields: cohort, a twin's partner, when it joined and how precisely, when it left, and the source. */
import type { ChangeEvent } from 'react';
import type { Cohort, Municipality } from '../../../../contract/roster.ts';
import { compareNames } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { Field } from '../field.tsx';
import type { MembershipDraft, MembershipField } from './roster-draft.ts';

interface Props {
  draft: MembershipDraft;
  cohorts: readonly Cohort[];
  /** The programme's members, a twin's possible partners. */
  members: readonly Municipality[];
  needsPartner: boolean;
  errorOf: (field: MembershipField) => string | null | undefined;
  set: (field: MembershipField) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
}

/** When it joined, how precisely that is known and whether the source states it, and when it left. */
function JoinFields({ draft, errorOf, set }: Pick<Props, 'draft' | 'errorOf' | 'set'>) {
  const { t } = useI18n('admin');
  return (
    <>
      <Field label={t('admin.roster.joinedOn')} error={errorOf('joinedOn')}>
        {(control) => <input {...control} type="date" value={draft.joinedOn} onChange={set('joinedOn')} />}
      </Field>
      <Field label={t('admin.roster.precision')} error={errorOf('joinedPrecision')}>
        {(control) => (
          <select {...control} value={draft.joinedPrecision} onChange={set('joinedPrecision')}>
            <option value="day">{t('admin.roster.precision.day')}</option>
            <option value="month">{t('admin.roster.precision.month')}</option>
            <option value="year">{t('admin.roster.precision.year')}</option>
          </select>
        )}
      </Field>
      <Field label={t('admin.roster.certainty')} error={errorOf('joinedCertainty')}>
        {(control) => (
          <select {...control} value={draft.joinedCertainty} onChange={set('joinedCertainty')}>
            <option value="stated">{t('admin.roster.certainty.stated')}</option>
            <option value="inferred">{t('admin.roster.certainty.inferred')}</option>
          </select>
        )}
      </Field>
      <Field label={t('admin.roster.leftOn')} error={errorOf('leftOn')}>
        {(control) => <input {...control} type="date" value={draft.leftOn} onChange={set('leftOn')} />}
      </Field>
    </>
  );
}

export function RosterFields({ draft, cohorts, members, needsPartner, errorOf, set }: Props) {
  const { t, lang } = useI18n('admin');
  return (
    <>
      <Field label={t('admin.roster.cohort')} error={errorOf('cohortId')}>
        {(control) => (
          <select {...control} value={draft.cohortId} onChange={set('cohortId')}>
            <option value="">{t('admin.roster.chooseCohort')}</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label[lang]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needsPartner && (
        <Field label={t('admin.roster.partner')} error={errorOf('partnerId')}>
          {(control) => (
            <select {...control} value={draft.partnerId} onChange={set('partnerId')}>
              <option value="">{t('admin.roster.choosePartner')}</option>
              {[...members]
                .sort((a, b) => compareNames(a.name, b.name))
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
      )}
      <JoinFields draft={draft} errorOf={errorOf} set={set} />
      <Field label={t('admin.roster.sourceUrl')} error={errorOf('sourceUrl')} className="admin-field--wide">
        {(control) => <input {...control} type="url" value={draft.sourceUrl} onChange={set('sourceUrl')} />}
      </Field>
      <Field label={t('admin.roster.sourceTitle')} error={errorOf('sourceTitle')} className="admin-field--wide">
        {(control) => <input {...control} type="text" value={draft.sourceTitle} onChange={set('sourceTitle')} />}
      </Field>
    </>
  );
}
