import { useI18n } from '../../lib/i18n.tsx';
import { formatChangeValue, type ChangeUnit } from '../../lib/peer-format.ts';
import { BIN_THRESHOLDS } from './matrix-state.ts';

/** The colour steps with their thresholds in the unit shown; colour repeats what the signed number says. */
export function MatrixLegend({ unit }: { unit: ChangeUnit }) {
  const { t, lang } = useI18n('figure-sector-matrix');
  const [a, b, c] = BIN_THRESHOLDS[unit];
  const f = (v: number) => formatChangeValue(v, unit, lang);
  const steps: { className: string; label: string }[] = [
    { className: 'matrix-cell--cut3', label: `≤ ${f(-c)}` },
    { className: 'matrix-cell--cut2', label: `${f(-c)} … ${f(-b)}` },
    { className: 'matrix-cell--cut1', label: `${f(-b)} … ${f(-a)}` },
    { className: 'matrix-cell--flat', label: `${f(-a)} … ${f(a)}` },
    { className: 'matrix-cell--rise1', label: `${f(a)} … ${f(b)}` },
    { className: 'matrix-cell--rise2', label: `${f(b)} … ${f(c)}` },
    { className: 'matrix-cell--rise3', label: `≥ ${f(c)}` },
  ];
  return (
    <figure className="matrix-legend">
      <figcaption>
        {t('matrix.legend')}: ← {t('matrix.legend.cut')} · {t('matrix.legend.rise')} →
      </figcaption>
      <ul>
        {steps.map((step) => (
          <li key={step.className} className={`matrix-cell ${step.className}`}>
            {step.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
