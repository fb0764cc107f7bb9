/** One target of the targets editor (./targets-editor.tsx) as a fieldset: scope, year, measure and its numbers, texts, source. */
import type { ChangeEvent } from 'react';
import { useI18n } from '../../../lib/i18n.tsx';
import { Field } from '../field.tsx';
import type { MeasureType, Scope, TargetDraft, TargetErrors, TargetField } from './target-draft.ts';

const SCOPES: readonly Scope[] = ['territorial', 'organisation', 'consumption'];
const MEASURES: readonly MeasureType[] = ['reduction-from-base', 'annual-reduction', 'statement'];

type Change = (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;

/** What the parts of a fieldset share: the draft, a field's error, and a field's change handler. */
interface PartProps {
  draft: TargetDraft;
  error: (field: TargetField) => string | null;
  set: (field: TargetField) => Change;
}

interface Props {
  draft: TargetDraft;
  number: number;
  errors: TargetErrors[number] | undefined;
  /** The server's message about one of this target's fields. */
  serverError: { field: TargetField; message: string } | null;
  onChange: (draft: TargetDraft) => void;
  onRemove: () => void;
}

/** One target's fields; the measure's numbers follow its kind. */
export function TargetFieldset({ draft, number, errors = {}, serverError, onChange, onRemove }: Props) {
  const { t } = useI18n('admin');
  const error = (field: TargetField) =>
    errors[field] ? t(errors[field]) : serverError?.field === field ? serverError.message : null;
  const set =
    (field: TargetField): Change =>
    (event) =>
      onChange({ ...draft, [field]: event.target.value });
  const parts: PartProps = { draft, error, set };
  return (
    <fieldset className="admin-target">
      <legend>{t('admin.targets.target', { n: number })}</legend>
      <div className="admin-grid">
        <SelectField
          field="scope"
          label={t('admin.targets.scope')}
          options={SCOPES}
          optionLabel={(scope) => t(`admin.targets.scope.${scope}`)}
          {...parts}
        />
        <Field label={t('admin.targets.year')} error={error('targetYear')}>
          {(p) => (
            <input {...p} inputMode="numeric" maxLength={4} value={draft.targetYear} onChange={set('targetYear')} />
          )}
        </Field>
        <SelectField
          field="measureType"
          label={t('admin.targets.measure')}
          options={MEASURES}
          optionLabel={(measure) => t(`admin.targets.measure.${measure}`)}
          {...parts}
        />
        <MeasureFields {...parts} />
        <div className="admin-field admin-field--check">
          <label>
            <input
              type="checkbox"
              checked={draft.primary}
              onChange={(e) => onChange({ ...draft, primary: e.target.checked })}
            />{' '}
            {t('admin.targets.primary')}
          </label>
        </div>
        <TargetTexts {...parts} />
      </div>
      <button type="button" className="button button--quiet" onClick={onRemove}>
        {t('admin.targets.remove', { n: number })}
      </button>
    </fieldset>
  );
}

/** The measure's numbers: base year and reduction, or the annual reduction; a statement has none. */
function MeasureFields({ draft, error, set }: PartProps) {
  const { t } = useI18n('admin');
  return (
    <>
      {draft.measureType === 'reduction-from-base' && (
        <>
          <Field label={t('admin.targets.baseYear')} error={error('baseYear')}>
            {(p) => (
              <input {...p} inputMode="numeric" maxLength={4} value={draft.baseYear} onChange={set('baseYear')} />
            )}
          </Field>
          <Field label={t('admin.targets.reduction')} error={error('reductionPercent')}>
            {(p) => (
              <input {...p} inputMode="decimal" value={draft.reductionPercent} onChange={set('reductionPercent')} />
            )}
          </Field>
        </>
      )}
      {draft.measureType === 'annual-reduction' && (
        <Field label={t('admin.targets.annual')} error={error('annualReductionPercent')}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={draft.annualReductionPercent}
              onChange={set('annualReductionPercent')}
            />
          )}
        </Field>
      )}
    </>
  );
}

/** The target in words, in both languages, and where it is stated. */
function TargetTexts({ draft, error, set }: PartProps) {
  const { t } = useI18n('admin');
  return (
    <>
      <Field label={t('admin.targets.statementSv')} error={error('statementSv')} className="admin-field--wide">
        {(p) => <textarea {...p} lang="sv" rows={2} value={draft.statementSv} onChange={set('statementSv')} />}
      </Field>
      <Field label={t('admin.targets.statementEn')} error={error('statementEn')} className="admin-field--wide">
        {(p) => <textarea {...p} lang="en" rows={2} value={draft.statementEn} onChange={set('statementEn')} />}
      </Field>
      <Field label={t('admin.targets.sourceUrl')} error={error('sourceUrl')} className="admin-field--wide">
        {(p) => <input {...p} type="url" value={draft.sourceUrl} onChange={set('sourceUrl')} />}
      </Field>
      <Field label={t('admin.targets.sourceTitle')} error={error('sourceTitle')} className="admin-field--wide">
        {(p) => <input {...p} maxLength={300} value={draft.sourceTitle} onChange={set('sourceTitle')} />}
      </Field>
    </>
  );
}

interface SelectProps<O extends string> extends PartProps {
  field: 'scope' | 'measureType';
  label: string;
  options: readonly O[];
  optionLabel: (option: O) => string;
}

/** A choice of one of `options`, each in words. */
function SelectField<O extends string>({ field, label, options, optionLabel, draft, error, set }: SelectProps<O>) {
  return (
    <Field label={label} error={error(field)}>
      {(p) => (
        <select {...p} value={draft[field]} onChange={set(field)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
