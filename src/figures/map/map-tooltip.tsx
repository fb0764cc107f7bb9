import { useI18n } from '../../lib/i18n.tsx';
import { figureTexts } from './map-format.ts';
import type { MapMark } from './map-series.ts';

/** The figures of the pointed-at or focused city, in a card above its mark. */
export function MapTooltip({ mark, width, height }: { mark: MapMark; width: number; height: number }) {
  const { t, lang } = useI18n('figure-map');
  const texts = figureTexts(mark.figures, t, lang);
  const across = (mark.x / width) * 100;
  // Sliding the card by the mark's share of the width keeps it inside the map at both edges.
  const style = {
    left: `${across}%`,
    top: `${((mark.y - mark.r) / height) * 100}%`,
    transform: `translate(-${Math.min(90, Math.max(10, across))}%, calc(-100% - 6px))`,
  };
  return (
    <div className="map-tooltip" role="tooltip" style={style} data-city={mark.id}>
      <p className="map-tooltip__name">
        {mark.name}
        {mark.isMine && <span className="map-tooltip__mine"> ({t('map.myCity')})</span>}
      </p>
      <dl>
        <dt>{t('map.tip.emissions', { year: mark.figures.year ?? '–' })}</dt>
        <dd>{mark.figures.tonnesCo2e === null ? texts.tonnes : t('map.tonnes', { value: texts.tonnes })}</dd>
        <dt>{t('map.tip.perCapita')}</dt>
        <dd>
          {mark.figures.tonnesPerCapita === null ? texts.perCapita : t('map.perCapita', { value: texts.perCapita })}
        </dd>
        <dt>{t('map.tip.change2015')}</dt>
        <dd>{texts.change}</dd>
        <dt>{t('map.tip.contract')}</dt>
        <dd>{texts.contract}</dd>
        <dt>{t('map.tip.target')}</dt>
        <dd>{texts.target}</dd>
        <dt>{t('map.tip.budget')}</dt>
        <dd>{texts.budget}</dd>
      </dl>
      <p className="map-tooltip__hint">{t('map.tip.open')}</p>
    </div>
  );
}
