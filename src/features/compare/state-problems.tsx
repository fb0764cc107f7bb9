import { useI18n } from '../../lib/i18n.tsx';
import type { StateProblem } from '../../figures/trajectory/index.ts';

/** Says which parts of the address were not usable and what is shown instead. */
export function StateProblems({ problems }: { problems: StateProblem[] }) {
  const { t } = useI18n('compare');
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('compare.problems')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.parameter}-${i}`}>
            {t('compare.problem', { parameter: p.parameter, value: p.value, fallback: p.fallback })}
          </li>
        ))}
      </ul>
    </div>
  );
}
