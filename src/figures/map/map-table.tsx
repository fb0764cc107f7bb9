import { memo } from 'react';
import { Link } from 'react-router-dom';
import { HydrateApart } from '../../components/hydrate-apart.tsx';
import { chunks } from '../../lib/chunks.ts';
import { formatTonnes } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { measureValue } from './map-format.ts';
import { MAP_MEASURES, type MapMeasure } from './map-scales.ts';
import type { MapMark } from './map-series.ts';
import { ShapeSwatch } from './shape-swatch.tsx';

/** Rows hydrated together: the table of all 290 municipalities becomes interactive in parts. */
const ROWS_PER_PART = 40;

const MapTableRow = memo(function MapTableRow({
  mark,
  measure,
  others,
}: {
  mark: MapMark;
  measure: MapMeasure;
  others: MapMeasure[];
}) {
  const { t, lang } = useI18n('figure-map');
  return (
    <tr data-city={mark.id} className={mark.isMine ? 'is-mine' : undefined}>
      <th scope="row">
        <Link to={`/cities/${mark.id}`}>{mark.name}</Link>
        {mark.isMine && <span className="map-table__mine"> ({t('map.myCity')})</span>}
      </th>
      <td data-measure={measure} className="is-shown">
        <ShapeSwatch shape={mark.shape} colour={mark.colour} size={14} />
        {measureValue(measure, mark.figures, t, lang)}
      </td>
      <td className="num">
        {mark.figures.tonnesCo2e === null ? t('table.noData') : formatTonnes(mark.figures.tonnesCo2e, lang)}
      </td>
      {others.map((column) => (
        <td key={column} data-measure={column}>
          {measureValue(column, mark.figures, t, lang)}
        </td>
      ))}
    </tr>
  );
});

/**
 * The same cities and figures as the map, for those who can't or won't read a map. The
 * measure on the map comes first after the name (with its swatch), so it shows on a phone
 * too; then the emissions the marks' sizes show; then the other measures.
 */
export function MapTable({ marks, measure, year }: { marks: MapMark[]; measure: MapMeasure; year: number }) {
  const { t } = useI18n('figure-map');
  const others = MAP_MEASURES.filter((m) => m !== measure);
  const heading: Record<MapMeasure, string> = {
    'per-capita': t('table.perCapita'),
    change2015: t('table.change2015'),
    contract: t('table.contract'),
    target: t('map.table.target'),
    budget: t('map.table.budget'),
  };
  return (
    <div className="table-wrap map-table">
      <table className="data-table">
        <caption>{t('map.table.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col" data-measure={measure} className="is-shown">
              {heading[measure]} <span className="map-table__shown">({t('map.table.shown')})</span>
            </th>
            <th scope="col" className="num">
              {t('table.latest', { year })}
            </th>
            {others.map((column) => (
              <th key={column} scope="col" data-measure={column}>
                {heading[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chunks(marks, ROWS_PER_PART).map((part, i) => (
            <HydrateApart key={i}>
              {part.map((mark) => (
                <MapTableRow key={mark.id} mark={mark} measure={measure} others={others} />
              ))}
            </HydrateApart>
          ))}
        </tbody>
      </table>
    </div>
  );
}
