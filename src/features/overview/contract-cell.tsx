import type { CitySummary } from '../../../contract/cities.ts';
import { formatDay } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

/** Status in words (never colour alone) and the first signing date, starred when inferred. */
export function ContractCell({ contract }: { contract: CitySummary['contract'] }) {
  const { t, lang } = useI18n('overview');
  return (
    <span className={`status status--${contract.status}`}>
      <span className="status__label">{t(`status.${contract.status}`)}</span>
      {contract.firstSignedOn && (
        <span className="status__date">
          {t('status.since', { date: formatDay(contract.firstSignedOn, lang) })}
          {contract.firstSignedDateCertainty === 'inferred' && (
            <abbr title={t('table.inferred')} className="status__inferred">
              *
            </abbr>
          )}
        </span>
      )}
    </span>
  );
}
