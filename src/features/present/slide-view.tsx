import type { SlideSpec } from './deck.ts';
import type { FrameProps } from './slide-frame.tsx';
import { CitySlide } from './slides/city-slide.tsx';
import { CompareSlide } from './slides/compare-slide.tsx';
import { HeadlineSlide } from './slides/headline-slide.tsx';
import { MapSlide } from './slides/map-slide.tsx';

/** The slide a spec describes. */
export function SlideView({ slide, ...frame }: FrameProps & { slide: SlideSpec }) {
  switch (slide.kind) {
    case 'headline':
      return <HeadlineSlide {...frame} />;
    case 'map':
      return <MapSlide {...frame} measure={slide.measure} asOf={slide.asOf} />;
    case 'compare':
      return <CompareSlide {...frame} cities={slide.cities} measure={slide.measure} base={slide.base} />;
    case 'city':
      return <CitySlide {...frame} city={slide.city} />;
  }
}
