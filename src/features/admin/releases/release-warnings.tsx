import { useId } from 'react';
import {
  LARGE_CHANGE_PERCENT,
  LARGE_CHANGE_TONNES,
  SECTOR_PRESENCE_TONNES,
  type ReleasePreview,
  type ReleaseWarning,
} from '../../../../contract/admin.ts';
import { formatChange, formatInteger, formatTonnes, type Lang } from '../../../lib/format.ts';
import { useI18n, type Translate } from '../../../lib/i18n.tsx';
import { yearRanges } from './release-preview.tsx';

/** One large change in the reader's language, from its figures (the server's `message` is English). */
export function describeWarning(warning: ReleaseWarning, t: Translate<'admin'>, lang: Lang): string {
  const from = formatTonnes(warning.currentTonnes ?? 0, lang);
  const to = formatTonnes(warning.proposedTonnes ?? 0, lang);
  const place = {
    city: warning.cityName ?? '',
    year: warning.year,
    sector: warning.sectorName ?? warning.sectorId ?? '',
  };
  switch (warning.kind) {
    case 'years-removed':
      return t('admin.warnings.years-removed', { years: yearRanges(warning.years) });
    case 'sector-appears':
      return t('admin.warnings.sector-appears', { ...place, to });
    case 'sector-vanishes':
      return t('admin.warnings.sector-vanishes', { ...place, from });
    case 'total-change': {
      const was = warning.currentTonnes ?? 0;
      const change = was === 0 ? '–' : formatChange((((warning.proposedTonnes ?? 0) - was) / was) * 100, lang);
      return t('admin.warnings.total-change', { ...place, from, to, change });
    }
  }
}

interface Props {
  preview: ReleasePreview;
  confirmed: boolean;
  /** While the import is on its way. */
  disabled?: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}

/** The large changes an import would make, and the box the coordinator ticks to confirm them. */
export function ReleaseWarnings({ preview, confirmed, disabled = false, onConfirmedChange }: Props) {
  const { t, lang } = useI18n('admin');
  const id = useId();
  const count = preview.warningCount;
  if (count === 0) return null;
  const rule = {
    current: preview.comparedWith ?? '–',
    percent: LARGE_CHANGE_PERCENT,
    tonnes: formatInteger(LARGE_CHANGE_TONNES, lang),
    sectorTonnes: formatInteger(SECTOR_PRESENCE_TONNES, lang),
  };
  return (
    <section className="notice admin-warnings">
      <h4 id={`${id}-heading`}>{t('admin.warnings.heading', { total: formatInteger(count, lang) })}</h4>
      <p>{t('admin.warnings.intro', rule)}</p>
      {preview.warnings.length < count && (
        <p>
          {t('admin.warnings.capped', {
            shown: formatInteger(preview.warnings.length, lang),
            total: formatInteger(count, lang),
          })}
        </p>
      )}
      <div className="admin-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-heading`}>
        <ul className="admin-warnings__list">
          {preview.warnings.map((warning, index) => (
            <li key={index}>{describeWarning(warning, t, lang)}</li>
          ))}
        </ul>
      </div>
      <div className="admin-field admin-field--check">
        <label>
          <input
            type="checkbox"
            checked={confirmed}
            disabled={disabled}
            onChange={(event) => onConfirmedChange(event.target.checked)}
          />
          {t('admin.warnings.confirm')}
        </label>
      </div>
    </section>
  );
}
