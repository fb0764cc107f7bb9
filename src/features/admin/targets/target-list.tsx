import type { TargetInput } from '../../../../contract/admin.ts';
import { numberFormat } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';

/** What a target says, with or without its server-assigned id. */
type Shown = Pick<TargetInput, 'scope' | 'primary' | 'targetYear' | 'measure' | 'statement'> & {
  source: { url: string; title: string };
};

const essence = (t: Shown | undefined) =>
  t &&
  JSON.stringify([
    t.scope,
    t.primary,
    t.targetYear,
    t.measure,
    t.statement.sv,
    t.statement.en,
    t.source.url,
    t.source.title,
  ]);

/**
 * A city's targets in words, one line each, for comparing two lists side by side: a target
 * that differs from the one at the same place in `other` says so (in words, not by colour).
 */
export function TargetList({ targets, other }: { targets: readonly Shown[]; other: readonly Shown[] }) {
  const { t, lang } = useI18n('admin');
  if (targets.length === 0) return <p>{t('admin.targets.noneShort')}</p>;
  const percent = (n: number) => numberFormat(lang, { maximumFractionDigits: 2 }).format(n);
  return (
    <ol className="admin-target-list">
      {targets.map((target, i) => {
        const m = target.measure;
        const values = { scope: t(`admin.targets.scope.${target.scope}`), year: target.targetYear };
        const line =
          m.type === 'reduction-from-base'
            ? t('admin.targets.summary.reduction-from-base', {
                ...values,
                percent: percent(m.reductionPercent),
                base: m.baseYear,
              })
            : m.type === 'annual-reduction'
              ? t('admin.targets.summary.annual-reduction', { ...values, percent: percent(m.annualReductionPercent) })
              : t('admin.targets.summary.statement', values);
        return (
          <li key={i}>
            {line}
            {target.primary && ` (${t('admin.targets.summary.primary')})`}
            {essence(target) !== essence(other[i]) && <strong> – {t('admin.versionConflict.differs')}</strong>}
            <br />
            <q>{target.statement[lang]}</q> <span className="muted">({target.source.title})</span>
          </li>
        );
      })}
    </ol>
  );
}
