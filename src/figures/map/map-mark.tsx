import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n.tsx';
import { markLabel } from './map-format.ts';
import { shapePath, type MapMeasure } from './map-scales.ts';
import type { MapMark as Mark } from './map-series.ts';

interface MapMarkProps {
  mark: Mark;
  measure: MapMeasure;
  /** Shows this mark's tooltip (hover or focus). */
  onShow: (id: string) => void;
  /** Hides it again (leave, blur or Escape). */
  onHide: (id: string) => void;
}

/** One city: a link to its page, focusable, named with all its figures. */
export function MapMark({ mark, measure, onShow, onHide }: MapMarkProps) {
  const { t, lang } = useI18n('figure-map');
  const navigate = useNavigate();
  const href = `/cities/${mark.id}`;
  const open = (event: MouseEvent) => {
    // Middle-click and modified clicks keep the browser's own handling of the href (new tab, window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <a
      href={href}
      className={mark.isMine ? 'map-mark map-mark--mine' : 'map-mark'}
      aria-label={markLabel(mark, measure, t, lang)}
      data-city={mark.id}
      onClick={open}
      onMouseEnter={() => onShow(mark.id)}
      onMouseLeave={() => onHide(mark.id)}
      onFocus={() => onShow(mark.id)}
      onBlur={() => onHide(mark.id)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onHide(mark.id);
      }}
    >
      <MarkShape mark={mark} />
    </a>
  );
}

/** A city's mark as drawn, without its link: on the page inside MapMark, alone in a download. */
export function MarkShape({ mark }: { mark: Mark }) {
  return (
    <path
      className={mark.isMine ? 'map-mark__shape map-mark__shape--mine' : 'map-mark__shape'}
      d={shapePath(mark.shape, mark.r)}
      transform={`translate(${mark.x.toFixed(1)},${mark.y.toFixed(1)})`}
      fill={mark.colour}
      fillOpacity={mark.key === 'no-data' ? 0 : 0.9}
    />
  );
}
