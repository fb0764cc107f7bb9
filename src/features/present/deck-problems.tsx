import { useI18n } from '../../lib/i18n.tsx';
import type { DeckProblem } from './deck.ts';

/** What in the deck link could not be used, on the first slide: a presenter sees it while preparing. */
export function DeckProblems({ problems }: { problems: DeckProblem[] }) {
  const { t } = useI18n('present');
  return (
    <div className="present-notice" role="status">
      <p className="present-notice__title">{t('present.problems')}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.reason}-${problem.text}-${i}`}>
            {t(`present.problem.${problem.reason}`, { text: problem.text })}
          </li>
        ))}
      </ul>
    </div>
  );
}
