import { useQuery } from '@tanstack/react-query';
import type { CitySummary } from '../../../contract/cities.ts';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { QueryGate } from '../../components/query-gate.tsx';
import type { Lang } from '../../lib/format.ts';
import { useOrigin } from '../../lib/use-origin.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { cityQueries } from '../../api/queries/cities.ts';
import { BuilderRow } from './builder-row.tsx';
import { CopyLink } from './copy-link.tsx';
import {
  DEFAULT_BASE,
  DEFAULT_SLIDES,
  deckSearch,
  parseDeck,
  MAX_AUTO_SECONDS,
  MAX_SLIDES,
  MIN_AUTO_SECONDS,
  SLIDE_KINDS,
  type SlideKind,
  type SlideSpec,
} from './deck.ts';

function newSlide(kind: SlideKind, firstCity: string): SlideSpec {
  switch (kind) {
    case 'headline':
      return { kind };
    case 'map':
      return { kind, measure: 'contract', asOf: null };
    case 'compare':
      return { kind, cities: [], measure: 'total', base: DEFAULT_BASE };
    case 'city':
      return { kind, city: firstCity };
  }
}

/** The typed number of seconds a slide, if it is a whole number in the allowed range; else null (no auto-advance). */
function autoSecondsOf(auto: string): number | null {
  const seconds = Number(auto);
  return auto !== '' && Number.isInteger(seconds) && seconds >= MIN_AUTO_SECONDS && seconds <= MAX_AUTO_SECONDS
    ? seconds
    : null;
}

/** Back from a deck started here (Esc), the builder shows that deck again: the deck in this history entry's state, if any. */
function useDraft() {
  const location = useLocation();
  const [draft] = useState(() => {
    const saved = (location.state as { draft?: unknown } | null)?.draft;
    return typeof saved === 'string' ? parseDeck(new URLSearchParams(saved)) : null;
  });
  return draft;
}

/** A button a kind of slide, each adding one at the end of the deck. */
function AddSlide({ disabled, onAdd }: { disabled: boolean; onAdd: (kind: SlideKind) => void }) {
  const { t } = useI18n('present');
  return (
    <div className="builder__add" role="group" aria-label={t('present.builder.add')}>
      <span>{t('present.builder.add')}</span>
      {SLIDE_KINDS.map((kind) => (
        <button key={kind} type="button" className="present-action" disabled={disabled} onClick={() => onAdd(kind)}>
          + {t(`present.kind.${kind}`)}
        </button>
      ))}
    </div>
  );
}

interface DeckOptionsProps {
  auto: string;
  setAuto: (auto: string) => void;
  deckLang: Lang | '';
  setDeckLang: (lang: Lang | '') => void;
}

/** The deck's own options: seconds a slide for auto-advance, and its language (the reader's by default). */
function DeckOptions({ auto, setAuto, deckLang, setDeckLang }: DeckOptionsProps) {
  const { t } = useI18n('present');
  return (
    <div className="builder__options">
      <label>
        {t('present.builder.auto', { min: MIN_AUTO_SECONDS, max: MAX_AUTO_SECONDS })}{' '}
        <input
          type="number"
          inputMode="numeric"
          min={MIN_AUTO_SECONDS}
          max={MAX_AUTO_SECONDS}
          value={auto}
          onChange={(e) => setAuto(e.target.value)}
        />
      </label>
      <label>
        {t('present.builder.lang')}{' '}
        <select value={deckLang} onChange={(e) => setDeckLang(e.target.value as Lang | '')}>
          <option value="">{t('present.builder.langReader')}</option>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </label>
    </div>
  );
}

interface SlideListProps {
  slides: SlideSpec[];
  setSlides: (slides: SlideSpec[]) => void;
  cities: CitySummary[];
}

/** The deck's slides in order, each with its options and buttons to move or remove it. */
function SlideList({ slides, setSlides, cities }: SlideListProps) {
  const { t } = useI18n('present');
  const update = (index: number, slide: SlideSpec) => setSlides(slides.map((s, i) => (i === index ? slide : s)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...slides];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    setSlides(next);
  };
  return (
    <ol className="builder__slides" aria-label={t('present.builder.slides')}>
      {slides.map((slide, i) => (
        <BuilderRow
          key={`${i}-${slide.kind}`}
          slide={slide}
          index={i}
          count={slides.length}
          cities={cities}
          onChange={(next) => update(i, next)}
          onMove={(by) => move(i, by)}
          onRemove={() => setSlides(slides.filter((_, j) => j !== i))}
        />
      ))}
    </ol>
  );
}

/** `/present` without slides: put a deck together, copy its link, start it. Starts from the default deck. */
export function DeckBuilder() {
  const { t } = useI18n('present');
  useDocumentTitle(t('present.builder.heading'), t('app.title'));
  const navigate = useNavigate();
  const cities = useQuery(cityQueries.list());
  const draft = useDraft();
  const [slides, setSlides] = useState<SlideSpec[]>(draft?.slides ?? DEFAULT_SLIDES);
  const [auto, setAuto] = useState(draft?.autoSeconds ? String(draft.autoSeconds) : '');
  const [deckLang, setDeckLang] = useState<Lang | ''>(draft?.lang ?? '');
  const autoSeconds = autoSecondsOf(auto);
  const search = deckSearch({ slides, autoSeconds, lang: deckLang || null });
  const url = `${useOrigin()}/present${search}`;

  const start = async () => {
    // The draft goes with this history entry, where Esc in the deck comes back to.
    await navigate({ pathname: '/present' }, { replace: true, state: { draft: search } });
    await navigate(`/present${search}`, { state: { fromBuilder: true } });
  };

  return (
    <main className="builder">
      <h1>{t('present.builder.heading')}</h1>
      <p className="builder__intro">{t('present.builder.intro')}</p>
      <QueryGate queries={[cities]}>
        {(citiesData) => (
          <>
            <SlideList slides={slides} setSlides={setSlides} cities={citiesData.cities} />
            {slides.length === 0 && <p className="present-notice">{t('present.builder.empty')}</p>}
            <AddSlide
              disabled={slides.length >= MAX_SLIDES}
              onAdd={(kind) => setSlides([...slides, newSlide(kind, citiesData.cities[0]?.id ?? 'malmo')])}
            />
            <DeckOptions auto={auto} setAuto={setAuto} deckLang={deckLang} setDeckLang={setDeckLang} />
            <CopyLink url={url} />
            <button
              type="button"
              className="present-action present-action--primary"
              disabled={slides.length === 0}
              onClick={() => void start()}
            >
              {t('present.builder.start')}
            </button>
            <p className="builder__keys">{t('present.builder.keys')}</p>
          </>
        )}
      </QueryGate>
    </main>
  );
}
