import type { CitiesResponse } from '../../../contract/cities.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { legendLabel, measureRule } from './map-format.ts';
import type { LegendItem, MapMeasure } from './map-scales.ts';
import type { MapMark } from './map-series.ts';
import { ShapeSwatch } from './shape-swatch.tsx';

interface MapLegendProps {
  measure: MapMeasure;
  items: LegendItem[];
  /** The list the marks were made from: its year, date and method state the measure's rule. */
  cities: CitiesResponse;
  /** The marks: the key shows the user's city's, when there is one. */
  marks: readonly MapMark[];
  /** Where a title already names the measure (an embed), the key's heading is for screen readers only. */
  headingHidden?: boolean;
}

/** What colour, shape, size and outline mean, with the rule behind the active measure. */
export function MapLegend({ measure, items, cities, marks, headingHidden = false }: MapLegendProps) {
  const { t, lang } = useI18n('figure-map');
  const myCity = marks.find((m) => m.isMine);
  const rule = measureRule(measure, cities, t, lang);
  return (
    <section className="map-legend" aria-labelledby="map-legend-heading" data-measure={measure}>
      <h2 id="map-legend-heading" className={headingHidden ? 'visually-hidden' : undefined}>
        {t('map.legend', { measure: t(`map.measure.${measure}`) })}
      </h2>
      <ul className="map-legend__items">
        {items.map((item) => (
          <li key={item.key} data-key={item.key}>
            <ShapeSwatch shape={item.shape} colour={item.colour} />
            <span>{legendLabel(item.meaning, measure, t, lang)}</span>
            <span className="map-legend__count">{t('map.legend.count', { count: item.count })}</span>
          </li>
        ))}
      </ul>
      <p className="map-legend__rule">{rule}</p>
      {myCity && (
        <p className="map-legend__mine">
          <ShapeSwatch shape={myCity.shape} colour={myCity.colour} mine />
          {t('map.legend.myCity', { name: myCity.name })}
        </p>
      )}
    </section>
  );
}
