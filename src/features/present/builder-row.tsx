import type { CitySummary } from '../../../contract/cities.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { CityOptions, CompareOptions, MapOptions } from './builder-options.tsx';
import type { SlideSpec } from './deck.ts';

interface BuilderRowProps {
  slide: SlideSpec;
  index: number;
  count: number;
  cities: CitySummary[];
  onChange: (slide: SlideSpec) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** Buttons to move the slide up or down, or remove it; named by the slide's number. */
function RowButtons({
  index,
  count,
  onMove,
  onRemove,
}: Pick<BuilderRowProps, 'index' | 'count' | 'onMove' | 'onRemove'>) {
  const { t } = useI18n('present');
  const n = index + 1;
  return (
    <div className="builder-row__buttons">
      <button
        type="button"
        className="present-action"
        onClick={() => onMove(-1)}
        disabled={index === 0}
        aria-label={t('present.builder.up', { number: n })}
      >
        ↑
      </button>
      <button
        type="button"
        className="present-action"
        onClick={() => onMove(1)}
        disabled={index === count - 1}
        aria-label={t('present.builder.down', { number: n })}
      >
        ↓
      </button>
      <button
        type="button"
        className="present-action"
        onClick={onRemove}
        aria-label={t('present.builder.remove', { number: n })}
      >
        ✕
      </button>
    </div>
  );
}

/** One slide of the deck being built: what it shows, its options, and buttons to move or remove it. */
export function BuilderRow({ slide, index, count, cities, onChange, onMove, onRemove }: BuilderRowProps) {
  const { t } = useI18n('present');
  const n = index + 1;
  const id = `slide-${n}`;
  return (
    <li className="builder-row" data-kind={slide.kind}>
      <div className="builder-row__head">
        <h3 id={`${id}-name`}>{t('present.builder.slide', { number: n, kind: t(`present.kind.${slide.kind}`) })}</h3>
        <RowButtons index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      {slide.kind === 'map' && <MapOptions slide={slide} onChange={onChange} />}
      {slide.kind === 'compare' && <CompareOptions slide={slide} cities={cities} onChange={onChange} />}
      {slide.kind === 'city' && <CityOptions slide={slide} cities={cities} onChange={onChange} />}
    </li>
  );
}
