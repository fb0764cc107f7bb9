import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { cityQueries } from '../../api/queries/cities.ts';
import { emissionQueries } from '../../api/queries/emissions.ts';
import { serializeSlide, type SlideSpec } from './deck.ts';
import { drawnMapQuery } from '../../figures/map/index.ts';

/** Starts the queries a slide reads; the slides call the same factories, so the keys match. */
function prefetchSlide(client: QueryClient, slide: SlideSpec): void {
  switch (slide.kind) {
    case 'headline':
      void client.prefetchQuery(cityQueries.list());
      return;
    case 'map':
      void client.prefetchQuery(cityQueries.list(slide.asOf ?? undefined));
      void client.prefetchQuery(drawnMapQuery());
      return;
    case 'compare':
      void client.prefetchQuery(cityQueries.list());
      void client.prefetchQuery(emissionQueries.series());
      return;
    case 'city':
      void client.prefetchQuery(cityQueries.detail(slide.city));
      void client.prefetchQuery(emissionQueries.series());
      return;
  }
}

/**
 * Loads every slide's data when the deck opens: the next slide shows at once, and a deck
 * opened once keeps working when the hall's network goes (the service worker keeps the answers).
 */
export function usePrefetchDeck(slides: readonly SlideSpec[]): void {
  const client = useQueryClient();
  // Moving between slides rewrites the URL and so the slides array; fetch again only for a new deck.
  const prefetched = useRef('');
  useEffect(() => {
    const signature = slides.map(serializeSlide).join(',');
    if (prefetched.current === signature) return;
    prefetched.current = signature;
    for (const slide of slides) prefetchSlide(client, slide);
  }, [client, slides]);
}
