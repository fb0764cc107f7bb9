import { formatAmountInWords } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { shapePath } from './map-scales.ts';
import type { SizeKeyItem } from './map-series.ts';

/**
 * What a mark's size means, drawn inside the map so it scales with it: reference circles on one
 * baseline with their tonnes, under a title set at the labels' font size (map units).
 */
export function MapSizeKey({
  sizes,
  year,
  x,
  y,
  fontSize,
}: {
  sizes: SizeKeyItem[];
  year: number;
  x: number;
  y: number;
  fontSize: number;
}) {
  const { t, lang } = useI18n('figure-map');
  const largest = sizes[sizes.length - 1]?.r ?? 0;
  return (
    <g className="map-size-key" transform={`translate(${x},${y})`}>
      <text className="map-size-key__title" fontSize={fontSize}>
        <tspan x={0}>{t('map.legend.size', { year })}</tspan>
        <tspan x={0} dy={fontSize * 1.2}>
          {t('map.legend.sizeUnit')}
        </tspan>
      </text>
      {sizes.map((size, i) => (
        <g
          key={size.tonnes}
          transform={`translate(${size.x.toFixed(1)},${(fontSize * 2.2 + 2 * largest - size.r).toFixed(1)})`}
        >
          <path d={shapePath('circle', size.r)} className="map-size-key__circle" />
          {/* Every other amount a line lower, so written-out amounts ("500 thousand") never touch. */}
          <text y={size.r + fontSize * (i % 2 === 1 ? 2.1 : 1.1)} textAnchor="middle" fontSize={fontSize * 0.9}>
            {formatAmountInWords(size.tonnes, lang)}
          </text>
        </g>
      ))}
    </g>
  );
}
