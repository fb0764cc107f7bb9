import { useQuery } from '@tanstack/react-query';
import type { CitySummary } from '../../../contract/cities.ts';
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { cityQueries } from '../../api/queries/cities.ts';
import { unknownCities, withSlide, type Deck } from './deck.ts';
import { DeckProblems } from './deck-problems.tsx';
import { exitFullscreen, toggleFullscreen } from './fullscreen.ts';
import { autoAdvanceIndex, moveIndex } from './keys.ts';
import { PresentControls } from './present-controls.tsx';
import { SlideView } from './slide-view.tsx';
import { slideTitle } from './slide-title.ts';
import { useAutoAdvance } from './use-auto-advance.ts';
import { usePrefetchDeck } from './use-prefetch-deck.ts';
import { usePresenterKeys } from './use-presenter-keys.ts';

/**
 * Moving in the deck: `go` to a slide (its number replaces the one in the URL, keeping the
 * history entry's state), `move` by a command, and `leave` the deck.
 */
function useDeckMoves(index: number, count: number) {
  const navigate = useNavigate();
  const location = useLocation();
  const go = useCallback(
    (next: number) => {
      if (next !== index)
        void navigate(
          { search: withSlide(location.search, next + 1) },
          { replace: true, state: location.state as unknown },
        );
    },
    [navigate, location.search, location.state, index],
  );
  const leave = useCallback(() => {
    exitFullscreen();
    // Started from the builder: back to it (it keeps the deck in its history entry). Opened from a
    // link: the builder, in this entry's place, with this deck loaded to change or start again.
    if ((location.state as { fromBuilder?: boolean } | null)?.fromBuilder === true) void navigate(-1);
    else void navigate({ pathname: '/present' }, { replace: true, state: { draft: location.search } });
  }, [navigate, location.state, location.search]);
  const move = useCallback(
    (command: 'next' | 'previous' | 'first' | 'last') => go(moveIndex(index, count, command)),
    [go, index, count],
  );
  return { go, leave, move };
}

/** The deck's problems, and once the cities are known, the slides' cities that are not among them. */
function useDeckProblems(deck: Deck, cities: CitySummary[] | undefined) {
  return useMemo(
    () => [
      ...deck.problems,
      ...(cities
        ? unknownCities(
            deck.slides,
            cities.map((c) => c.id),
          )
        : []),
    ],
    [deck.problems, cities, deck.slides],
  );
}

/** Runs a deck: one slide at a time, moved by keys, buttons or the timer, with its number kept in the URL. */
export function Presenter({ deck }: { deck: Deck }) {
  const { t, lang, setLang } = useI18n('present');
  const { slides, index } = deck;
  const count = slides.length;
  const list = useQuery(cityQueries.list());
  usePrefetchDeck(slides);

  useEffect(() => {
    if (deck.lang !== null && deck.lang !== lang) setLang(deck.lang);
  }, [deck.lang, lang, setLang]);

  const { go, leave, move } = useDeckMoves(index, count);
  const isFullscreen = usePresenterKeys({ onMove: move, onLeave: leave });
  const auto = useAutoAdvance(
    deck.autoSeconds,
    index,
    useCallback(() => go(autoAdvanceIndex(index, count)), [go, index, count]),
  );

  const names = useMemo(() => new Map(list.data?.cities.map((c) => [c.id, c.name]) ?? []), [list.data]);
  const problems = useDeckProblems(deck, list.data?.cities);
  const slide = slides[index] ?? slides[0];
  const title = slide ? slideTitle(slide, t, lang, names) : '';
  // The programme slide's title is the app's name: say it once in the tab.
  useDocumentTitle(title === t('app.title') ? null : title, t('app.title'));
  if (!slide) return null;

  const controls = (
    <PresentControls
      index={index}
      count={count}
      onMove={move}
      onToggleFullscreen={toggleFullscreen}
      isFullscreen={isFullscreen}
      onLeave={leave}
      autoSeconds={deck.autoSeconds}
      auto={auto}
    />
  );
  return (
    <>
      <SlideView
        key={index}
        slide={slide}
        title={title}
        number={index + 1}
        count={count}
        controls={controls}
        notice={index === 0 && problems.length > 0 ? <DeckProblems problems={problems} /> : undefined}
      />
      <p className="visually-hidden present__live" aria-live="polite" aria-atomic="true">
        {t('present.announce', { number: index + 1, count, title })}
      </p>
    </>
  );
}
