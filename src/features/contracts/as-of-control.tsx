import { useId } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

const COP26_OPENING = '2021-10-31';
const END_OF_2022 = '2022-12-31';

/** The day the page shows, with quick choices for the days people ask about. */
export function AsOfControl({ value, onChange }: { value: string; onChange: (day: string | null) => void }) {
  const { t } = useI18n('contracts');
  const id = useId();
  return (
    <div className="contracts__asof">
      <label htmlFor={id}>{t('contracts.asOf')}</label>
      <input
        id={id}
        type="date"
        min="1990-01-01"
        max="2100-12-31"
        value={value}
        onChange={(e) => onChange(e.target.value || null)}
      />
      <button type="button" className="chip" onClick={() => onChange(null)}>
        {t('contracts.today')}
      </button>
      <button
        type="button"
        className="chip"
        aria-pressed={value === COP26_OPENING}
        onClick={() => onChange(COP26_OPENING)}
      >
        {t('contracts.cop26')}
      </button>
      <button type="button" className="chip" aria-pressed={value === END_OF_2022} onClick={() => onChange(END_OF_2022)}>
        {t('contracts.endOf2022')}
      </button>
    </div>
  );
}
