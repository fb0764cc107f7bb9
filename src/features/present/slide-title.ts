import { formatDay, type Lang } from '../../lib/format.ts';
import type { Translate } from '../../lib/i18n.tsx';
import type { SlideSpec } from './deck.ts';

/** More cities than this are counted in the title instead of named. */
const NAMED_CITIES = 4;

/**
 * A slide's heading, also announced when the slide changes. `names` maps city ids to names
 * once the city list has loaded; until then the ids stand in.
 */
export function slideTitle(
  slide: SlideSpec,
  t: Translate<['present', 'figure-map']>,
  lang: Lang,
  names: ReadonlyMap<string, string>,
): string {
  switch (slide.kind) {
    case 'headline':
      return t('app.title');
    case 'map':
      if (slide.measure === 'contract')
        return slide.asOf
          ? t('present.map.contractOn', { date: formatDay(slide.asOf, lang) })
          : t('present.map.contract');
      return t('present.map.title', { measure: t(`figure-map:map.measure.${slide.measure}`) });
    case 'compare': {
      const measure = t(`present.compare.${slide.measure}`);
      const known = slide.cities.map((id) => names.get(id) ?? id);
      const cities =
        slide.cities.length === 0
          ? t('present.compare.allCities')
          : known.length > NAMED_CITIES
            ? t('present.compare.count', { count: known.length })
            : listFormat(known, lang);
      return t('present.compare.title', { measure, cities });
    }
    case 'city':
      return names.get(slide.city) ?? slide.city;
  }
}

function listFormat(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
}
