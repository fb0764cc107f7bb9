import { useId, type ReactNode } from 'react';
import type { ReleasePreview as Preview } from '../../../../contract/admin.ts';
import { formatInteger } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { useFocusOnMount } from '../use-focus-on-mount.ts';
import { DifferencesTable } from './differences-table.tsx';

/** `1990, 2000, 2005, 2010–2024`: runs of consecutive years joined with an en dash. */
export function yearRanges(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}

interface Props {
  preview: Preview;
  /** Shown after the differences, before the actions: the large changes to confirm. */
  confirmation?: ReactNode;
  actions: ReactNode;
}

/** What importing the uploaded file would do: the release, what it covers, and what it changes. */
export function ReleasePreview({ preview, confirmation, actions }: Props) {
  const { t, lang } = useI18n('admin');
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const none = t('admin.preview.none');
  const unchanged = preview.status === 'unchanged';
  const rows: [string, string][] = [
    [t('admin.preview.id'), preview.release.id],
    [t('admin.preview.years'), yearRanges(preview.release.years)],
    [t('admin.preview.format'), t(`admin.preview.format.${preview.format}`)],
    [t('admin.preview.rows'), formatInteger(preview.rowCount, lang)],
    [t('admin.preview.cities'), t('admin.preview.citiesValue', { count: preview.cityIds.length })],
    [t('admin.preview.ignored'), formatInteger(preview.ignoredMunicipalities, lang)],
    [t('admin.preview.addedYears'), preview.addedYears.length ? yearRanges(preview.addedYears) : none],
    [t('admin.preview.removedYears'), preview.removedYears.length ? yearRanges(preview.removedYears) : none],
    [t('admin.preview.changed'), formatInteger(preview.changedFigures, lang)],
  ];
  return (
    <section className="admin-result" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('admin.preview.heading', { release: preview.release.label[lang] })}
      </h3>
      <p className={unchanged ? 'notice' : 'notice notice--info'}>
        {unchanged
          ? t('admin.preview.unchanged', { id: preview.existingReleaseId ?? preview.release.id })
          : preview.comparedWith
            ? t('admin.preview.new', { current: preview.comparedWith })
            : t('admin.preview.newNoCurrent')}
      </p>
      <dl className="admin-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {!unchanged && <DifferencesTable differences={preview.largestDifferences} />}
      {confirmation}
      <div className="admin-actions">{actions}</div>
    </section>
  );
}
