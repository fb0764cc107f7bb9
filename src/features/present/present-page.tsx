import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseDeck } from './deck.ts';
import { DeckBuilder } from './deck-builder.tsx';
import { Presenter } from './presenter.tsx';
import { themeStyle } from './theme.ts';
import './present.css';

/**
 * `/present`: presenter mode, outside the app's layout. With `slides` in the URL it runs
 * that deck full screen; without, it shows the deck builder. The syntax is in deck.ts.
 */
export function PresentPage() {
  const [params] = useSearchParams();
  const deck = useMemo(() => (params.has('slides') ? parseDeck(params) : null), [params]);
  return (
    <div className="present" style={themeStyle()}>
      {deck ? <Presenter deck={deck} /> : <DeckBuilder />}
    </div>
  );
}
