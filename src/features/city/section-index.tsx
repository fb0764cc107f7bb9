import { useI18n } from '../../lib/i18n.tsx';
import type { TranslationKey } from '../../lib/i18n.tsx';

/** The page's sections in order: the id of each section's heading and its short name here. */
const SECTIONS: { id: string; label: TranslationKey<'city'> }[] = [
  { id: 'city-ranks-heading', label: 'city.index.ranks' },
  { id: 'city-trajectory-heading', label: 'city.index.trajectory' },
  { id: 'city-sectors-heading', label: 'city.index.sectors' },
  { id: 'city-peers-heading', label: 'city.index.peers' },
  { id: 'city-cuts-heading', label: 'city.index.cuts' },
  { id: 'city-targets-heading', label: 'city.index.targets' },
  { id: 'city-contract-heading', label: 'city.index.contract' },
  { id: 'city-notes-heading', label: 'city.index.notes' },
];

/** "På sidan": links to each section of a long city page (about 10,000 px on a phone), near its top. */
export function SectionIndex() {
  const { t } = useI18n('city');
  return (
    <nav className="city-index" aria-labelledby="city-index-heading">
      <h2 id="city-index-heading" className="city-index__heading">
        {t('city.index.label')}
      </h2>
      <ul className="city-index__list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{t(section.label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
