import { formatAmountInWords } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { shapePath } from './map-scales.ts';
import type { SizeKeyItem } from './map-series.ts';

/** The size key's words: its title's two lines and an amount of tonnes written out. */
export interface SizeKeyTexts {
  title: string;
  unit: string;
  amount: (tonnes: number) => string;
}

interface SizeKeyPlacement {
  sizes: SizeKeyItem[];
  x: number;
  y: number;
  fontSize: number;
}

/** The key's words in the reader's language, for the key as drawn (MapSizeKey) and as downloaded. */
export function useSizeKeyTexts(year: number): SizeKeyTexts {
  const { t, lang } = useI18n('figure-map');
  return {
    title: t('map.legend.size', { year }),
    unit: t('map.legend.sizeUnit'),
    amount: (tonnes) => formatAmountInWords(tonnes, lang),
  };
}

/**
 * What a mark's size means, drawn inside the map so it scales with it: reference circles on one
 * baseline with their tonnes, under a title set at the labels' font size (map units). Its words
 * come as props, so a download draws it outside the page's context too.
 */
export function SizeKeyDrawing({ sizes, x, y, fontSize, title, unit, amount }: SizeKeyPlacement & SizeKeyTexts) {
  const largest = sizes[sizes.length - 1]?.r ?? 0;
  return (
    <g className="map-size-key" transform={`translate(${x},${y})`}>
      <text className="map-size-key__title" fontSize={fontSize}>
        <tspan x={0}>{title}</tspan>
        <tspan x={0} dy={fontSize * 1.2}>
          {unit}
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
            {amount(size.tonnes)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The size key in the reader's language, for the year of the figures. */
export function MapSizeKey({ year, ...placement }: SizeKeyPlacement & { year: number }) {
  return <SizeKeyDrawing {...placement} {...useSizeKeyTexts(year)} />;
}
