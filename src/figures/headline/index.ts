/** The programme's headline figures (cities, signatures, combined change), on the overview and as a slide. */
export { HeadlineFigures } from './headline-figures.tsx';
